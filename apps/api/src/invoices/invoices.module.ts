import { Module } from '@nestjs/common';
import { InvoiceGenerationQueue } from './invoice-generation.queue';
import { InvoicesController } from './invoices.controller';
import { InvoicesService } from './invoices.service';

@Module({ controllers: [InvoicesController], providers: [InvoicesService, InvoiceGenerationQueue] })
export class InvoicesModule {}
