import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiInt, ApiMoney } from '../common/api-answers';
import { DayTakings } from '../reports/summary.response';

export class SubscriberCounters {
  @ApiInt() total: number;
  @ApiInt() active: number;
  @ApiInt() suspended: number;
  @ApiInt() expired: number;
}

export class UserCounters {
  @ApiInt() total: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Accounts by type (the key is the type number)' }) byType: Record<
    string,
    number
  >;
}

export class AccountingCounters {
  @ApiMoney() todayTakings: string;
  @ApiMoney() monthTakings: string;
  @ApiInt() openInvoices: number;
  @ApiMoney() openAmount: string;
}

export class ExpiringCounters {
  @ApiInt() expired: number;
  @ApiInt() expiringIn7Days: number;
}

export class SalesCounters {
  @ApiProperty({ example: '2026-05' }) period: string;
  @ApiMoney() invoiced: string;
  @ApiMoney() paid: string;
  @ApiInt() count: number;
}

export class PaymentCounters {
  @ApiProperty({ type: [DayTakings] }) byDay: DayTakings[];
}

/** Tickets of the caller's scope still to be handled (with ticket_module). */
export class TicketCounters {
  @ApiInt() open: number;
  @ApiInt() pending: number;
  @ApiInt({ description: 'Open or pending tickets assigned to the caller' }) assignedToMe: number;
}

/** GET /dashboard: each counter only with its home_* key; `tickets` with ticket_module. */
export class DashboardResponse {
  @ApiPropertyOptional({ type: SubscriberCounters }) subscribers?: SubscriberCounters;
  @ApiPropertyOptional({ type: UserCounters }) users?: UserCounters;
  @ApiPropertyOptional({ type: AccountingCounters }) accounting?: AccountingCounters;
  @ApiPropertyOptional({ type: ExpiringCounters }) expiring?: ExpiringCounters;
  @ApiPropertyOptional({ type: SalesCounters }) sales?: SalesCounters;
  @ApiPropertyOptional({ type: PaymentCounters }) payments?: PaymentCounters;
  @ApiPropertyOptional({ type: TicketCounters }) tickets?: TicketCounters;
}
