import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { IdPipe } from '../common/id.pipe';
import { ListPaymentsQuery } from './dto/list-payments.query';
import { RecordPaymentDto } from './dto/record-payment.dto';
import { PaymentsService } from './payments.service';

@ApiTags('payments')
@Controller()
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Post('subscribers/:id/payments')
  @RequirePermission('subscriber_payment')
  @ApiNotFoundResponse({ description: "No such subscriber in the caller's scope (R10), or no such invoice of it" })
  @ApiConflictResponse({ description: 'The invoice is void, or the balance would pass its limit (BALANCE_LIMIT)' })
  record(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: RecordPaymentDto) {
    return this.payments.record(caller, id, body);
  }

  @Get('payments')
  @RequirePermission('payment_module')
  list(@CurrentCaller() caller: Caller, @Query() query: ListPaymentsQuery) {
    return this.payments.list(caller, query);
  }

  @Delete('payments/:id')
  @HttpCode(204)
  @RequirePermission('delete_payment')
  @ApiNoContentResponse({ description: 'Voided: kept for the record, reversed in the ledger, its invoice reopened' })
  @ApiNotFoundResponse({ description: "No such payment in the caller's scope (R10)" })
  @ApiConflictResponse({ description: 'Already void, or the balance would pass its limit (BALANCE_LIMIT)' })
  void(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<void> {
    return this.payments.void(caller, id);
  }
}
