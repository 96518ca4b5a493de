import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { BalancesController } from './balances.controller';
import { BalancesService } from './balances.service';
import { LedgerController } from './ledger.controller';
import { LedgerService } from './ledger.service';

@Module({ imports: [UsersModule], controllers: [LedgerController, BalancesController], providers: [LedgerService, BalancesService] })
export class LedgerModule {}
