import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { AuditPage } from './audit.response';
import { AuditService } from './audit.service';
import { ListAuditQuery } from './dto/list-audit.query';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermission('activity_log')
  @ApiOperation({ summary: 'The action log, newest first (R12)' })
  @ApiOkResponse({ type: AuditPage })
  list(@CurrentCaller() caller: Caller, @Query() query: ListAuditQuery): Promise<AuditPage> {
    return this.audit.list(caller, query);
  }
}
