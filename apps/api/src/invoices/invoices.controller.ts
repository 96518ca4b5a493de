import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-answers';
import { RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { IdPipe } from '../common/id.pipe';
import { CreateInvoiceDto } from './dto/create-invoice.dto';
import { GenerateInvoicesDto } from './dto/generate-invoices.dto';
import { ListInvoicesQuery } from './dto/list-invoices.query';
import { UpdateInvoiceDto } from './dto/update-invoice.dto';
import { InvoiceJobAccepted, InvoiceJobStatus, InvoicePage, InvoiceResponse } from './invoice.response';
import { InvoicesService } from './invoices.service';

@ApiTags('invoices')
@ApiErrors({ 404: "No such invoice, subscriber or job, or outside the caller's scope (R10)" })
@Controller()
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @Post('subscribers/:id/invoices')
  @RequirePermission('subscriber_invoice')
  @ApiOperation({ summary: 'Invoice a subscriber for a period' })
  @ApiCreatedResponse({ type: InvoiceResponse })
  @ApiErrors({ 409: 'The period is already invoiced, or the balance would pass its floor (BALANCE_LIMIT)' })
  create(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: CreateInvoiceDto): Promise<InvoiceResponse> {
    return this.invoices.create(caller, id, body);
  }

  @Get('invoices')
  @RequirePermission('invoice_module')
  @ApiOperation({ summary: "Invoices in the caller's scope (R10)" })
  @ApiOkResponse({ type: InvoicePage })
  list(@CurrentCaller() caller: Caller, @Query() query: ListInvoicesQuery): Promise<InvoicePage> {
    return this.invoices.list(caller, query);
  }

  @Post('invoices/generate-monthly')
  @HttpCode(202)
  @RequirePermission('generate_invoice')
  @ApiOperation({ summary: "Bill every active subscriber in the caller's scope for a period" })
  @ApiAcceptedResponse({ type: InvoiceJobAccepted })
  @ApiErrors({
    429: "The caller's operator already has its maximum of billing runs queued or running (R14); `Retry-After` says when to try again",
    503: 'The job queue is unavailable; try again shortly',
  })
  generate(@CurrentCaller() caller: Caller, @Body() body: GenerateInvoicesDto): Promise<InvoiceJobAccepted> {
    return this.invoices.requestGeneration(caller, body.period);
  }

  @Get('invoices/jobs/:jobId')
  @RequirePermission('generate_invoice')
  @ApiOperation({ summary: 'The state of a billing run' })
  @ApiOkResponse({ type: InvoiceJobStatus })
  job(@CurrentCaller() caller: Caller, @Param('jobId') jobId: string): Promise<InvoiceJobStatus> {
    return this.invoices.generationStatus(caller, jobId);
  }

  @Patch('invoices/:id')
  @RequirePermission('edit_invoice')
  @ApiOperation({ summary: "Change an invoice's amount or due date" })
  @ApiOkResponse({ type: InvoiceResponse })
  @ApiErrors({ 409: 'Paid or void, or the new amount would take the balance past its limit (BALANCE_LIMIT)' })
  update(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: UpdateInvoiceDto): Promise<InvoiceResponse> {
    return this.invoices.update(caller, id, body);
  }

  /** Voids, never deletes: the invoice stays for the record and is answered with status `void`. */
  @Delete('invoices/:id')
  @RequirePermission('delete_invoice')
  @ApiOperation({ summary: 'Void an invoice' })
  @ApiOkResponse({ type: InvoiceResponse, description: 'The invoice, now `void`' })
  @ApiErrors({ 409: 'Already void, payments attached, or the balance would pass its limit (BALANCE_LIMIT)' })
  void(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number): Promise<InvoiceResponse> {
    return this.invoices.void(caller, id);
  }
}
