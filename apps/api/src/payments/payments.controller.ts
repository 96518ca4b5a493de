import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-answers';
import { RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { IdPipe } from '../common/id.pipe';
import { ListPaymentsQuery } from './dto/list-payments.query';
import { RecordPaymentDto } from './dto/record-payment.dto';
import { PaymentPage, PaymentResponse } from './payment.response';
import { PaymentsService } from './payments.service';

@ApiTags('payments')
@Controller()
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Post('subscribers/:id/payments')
  @RequirePermission('subscriber_payment')
  @ApiOperation({ summary: "Record a subscriber's payment" })
  @ApiCreatedResponse({ type: PaymentResponse })
  @ApiErrors({
    404: "No such subscriber in the caller's scope (R10), or no such invoice of it",
    409: 'The invoice is void, or the balance would pass its limit (BALANCE_LIMIT)',
  })
  record(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: RecordPaymentDto): Promise<PaymentResponse> {
    return this.payments.record(caller, id, body);
  }

  @Get('payments')
  @RequirePermission('payment_module')
  @ApiOperation({ summary: "Payments in the caller's scope (R10)" })
  @ApiOkResponse({ type: PaymentPage })
  list(@CurrentCaller() caller: Caller, @Query() query: ListPaymentsQuery): Promise<PaymentPage> {
    return this.payments.list(caller, query);
  }

  @Delete('payments/:id')
  @HttpCode(204)
  @RequirePermission('delete_payment')
  @ApiNoContentResponse({ description: 'Voided: kept for the record, reversed in the ledger, its invoice reopened' })
  @ApiOperation({ summary: 'Void a payment' })
  @ApiErrors({ 404: "No such payment in the caller's scope (R10)", 409: 'Already void, or the balance would pass its limit (BALANCE_LIMIT)' })
  void(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<void> {
    return this.payments.void(caller, id);
  }
}
