import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { ListLedgerQuery } from './dto/list-ledger.query';
import { LedgerPage } from './ledger-entry.response';
import { LedgerService } from './ledger.service';

@ApiTags('ledger')
@Controller('ledger')
export class LedgerController {
  constructor(private readonly ledger: LedgerService) {}

  @Get()
  @RequirePermission('ledger_module')
  @ApiOperation({ summary: "Balance movements in the caller's scope" })
  @ApiOkResponse({ type: LedgerPage })
  list(@CurrentCaller() caller: Caller, @Query() query: ListLedgerQuery): Promise<LedgerPage> {
    return this.ledger.list(caller, query);
  }
}
