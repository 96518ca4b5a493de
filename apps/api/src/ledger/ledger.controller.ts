import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { ListLedgerQuery } from './dto/list-ledger.query';
import { LedgerService } from './ledger.service';

@ApiTags('ledger')
@Controller('ledger')
export class LedgerController {
  constructor(private readonly ledger: LedgerService) {}

  @Get()
  @RequirePermission('ledger_module')
  list(@CurrentCaller() caller: Caller, @Query() query: ListLedgerQuery) {
    return this.ledger.list(caller, query);
  }
}
