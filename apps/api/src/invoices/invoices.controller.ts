import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { RequirePermission } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { IdPipe } from '../common/id.pipe';
import { CreateInvoiceDto } from './dto/create-invoice.dto';
import { GenerateInvoicesDto } from './dto/generate-invoices.dto';
import { ListInvoicesQuery } from './dto/list-invoices.query';
import { UpdateInvoiceDto } from './dto/update-invoice.dto';
import { InvoicesService } from './invoices.service';

@ApiTags('invoices')
@ApiNotFoundResponse({ description: "No such invoice, subscriber or job, or outside the caller's scope (R10)" })
@Controller()
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @Post('subscribers/:id/invoices')
  @RequirePermission('subscriber_invoice')
  @ApiConflictResponse({ description: 'The period is already invoiced, or the balance would pass its floor (BALANCE_LIMIT)' })
  create(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: CreateInvoiceDto) {
    return this.invoices.create(caller, id, body);
  }

  @Get('invoices')
  @RequirePermission('invoice_module')
  list(@CurrentCaller() caller: Caller, @Query() query: ListInvoicesQuery) {
    return this.invoices.list(caller, query);
  }

  @Post('invoices/generate-monthly')
  @HttpCode(202)
  @ApiTooManyRequestsResponse({ description: "The caller's operator already has its maximum of billing runs queued or running (R14); `Retry-After` says when to try again" })
  @RequirePermission('generate_invoice')
  generate(@CurrentCaller() caller: Caller, @Body() body: GenerateInvoicesDto) {
    return this.invoices.requestGeneration(caller, body.period);
  }

  @Get('invoices/jobs/:jobId')
  @RequirePermission('generate_invoice')
  job(@CurrentCaller() caller: Caller, @Param('jobId') jobId: string) {
    return this.invoices.generationStatus(caller, jobId);
  }

  @Patch('invoices/:id')
  @RequirePermission('edit_invoice')
  @ApiConflictResponse({ description: 'Paid or void, or the new amount would take the balance past its limit (BALANCE_LIMIT)' })
  update(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number, @Body() body: UpdateInvoiceDto) {
    return this.invoices.update(caller, id, body);
  }

  /** Voids, never deletes: the invoice stays for the record and is answered with status `void`. */
  @Delete('invoices/:id')
  @RequirePermission('delete_invoice')
  @ApiConflictResponse({ description: 'Already void, payments attached, or the balance would pass its limit (BALANCE_LIMIT)' })
  void(@CurrentCaller() caller: Caller, @Param('id', IdPipe) id: number) {
    return this.invoices.void(caller, id);
  }
}
