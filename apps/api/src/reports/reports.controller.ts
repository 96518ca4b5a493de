import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { SummaryQuery } from './dto/summary.query';
import { ReportsService } from './reports.service';
import { summaryCsv } from './summary.csv';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('summary')
  @RequirePermission('reports_module')
  summary(@CurrentCaller() caller: Caller, @Query() query: SummaryQuery) {
    return this.reports.summary(caller, query);
  }

  @Get('summary.csv')
  @RequirePermission('reports_module')
  @ApiOkResponse({ description: 'The summary as CSV, one block per section', content: { 'text/csv': { schema: { type: 'string' } } } })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="summary.csv"')
  async summaryCsv(@CurrentCaller() caller: Caller, @Query() query: SummaryQuery): Promise<string> {
    return summaryCsv(await this.reports.summary(caller, query));
  }
}
