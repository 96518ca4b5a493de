import type { QueryClient } from '@tanstack/react-query';
import { ME_QUERY_KEY } from '../session/use-me';

/** The react-query keys of the accounting screens, so that a change to money refreshes every screen that shows it. */
export const moneyKeys = {
  invoices: ['invoices'] as const,
  payments: ['payments'] as const,
  ledger: ['ledger'] as const,
  reports: ['reports'] as const,
  dashboard: ['dashboard'] as const,
};

/**
 * After money moved (an invoice issued, edited or voided, a payment recorded or voided, a balance topped up), every
 * list, the dashboard and reports, and the subscriber's or account's balance are fetched again; after a top-up, the
 * caller's own too (/me carries it: a top-up of one's sub-reseller is paid from one's own balance).
 */
export function refreshMoney(queryClient: QueryClient, who: { subscriberId?: number; accountId?: number } = {}) {
  for (const key of Object.values(moneyKeys)) void queryClient.invalidateQueries({ queryKey: key });
  if (who.subscriberId !== undefined) void queryClient.invalidateQueries({ queryKey: ['subscribers', 'detail', who.subscriberId] });
  if (who.accountId !== undefined) {
    void queryClient.invalidateQueries({ queryKey: ['users'] });
    void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
  }
}
