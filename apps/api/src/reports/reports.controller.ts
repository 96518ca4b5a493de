import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-answers';
import { RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { SummaryQuery } from './dto/summary.query';
import { ReportsService } from './reports.service';
import { summaryCsv } from './summary.csv';
import { SummaryResponse } from './summary.response';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('summary')
  @RequirePermission('reports_module')
  @ApiOperation({ summary: "Takings, invoices and subscribers of the caller's scope over a period" })
  @ApiOkResponse({ type: SummaryResponse })
  @ApiErrors({ 400: 'Invalid query, or `from` not before `to`' })
  summary(@CurrentCaller() caller: Caller, @Query() query: SummaryQuery): Promise<SummaryResponse> {
    return this.reports.summary(caller, query);
  }

  @Get('summary.csv')
  @RequirePermission('reports_module')
  @ApiOperation({ summary: 'The summary as CSV' })
  @ApiErrors({ 400: 'Invalid query, or `from` not before `to`' })
  @ApiOkResponse({ description: 'The summary as CSV, one block per section', content: { 'text/csv': { schema: { type: 'string' } } } })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="summary.csv"')
  async summaryCsv(@CurrentCaller() caller: Caller, @Query() query: SummaryQuery): Promise<string> {
    return summaryCsv(await this.reports.summary(caller, query));
  }
}
