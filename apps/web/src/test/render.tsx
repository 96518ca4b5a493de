/// <reference types="jest" />
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { AccountType, type PermissionKey } from '@tiergate/access';
import type { ReactElement, ReactNode } from 'react';
import type { Me } from '../api/types';
import { ME_QUERY_KEY } from '../session/use-me';

/** A signed-in account as GET /api/me answers, with the permissions a test gives it. */
export function meOf(type: AccountType, permissions: readonly PermissionKey[], extra: Partial<Me> = {}): Me {
  return {
    id: 7,
    name: `Test ${type}`,
    email: `test${type}@example.test`,
    phone: null,
    type,
    typeName: String(type),
    parentId: type === AccountType.Admin ? null : 1,
    principalId: 7,
    branch: 'branch',
    scope: 'subtree',
    role: { id: 1, name: 'branch-test', displayName: 'test' },
    permissions: [...permissions],
    currency: null,
    disabledModules: [],
    ...extra,
  };
}

/** A query client that never asks the network for what a test put in it (/me in particular). */
export function testQueryClient(me: Me | null = null): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false } } });
  client.setQueryData(ME_QUERY_KEY, me);
  return client;
}

export function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <MantineProvider>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}

export function renderWithProviders(
  ui: ReactElement,
  { me = null, client = testQueryClient(me) }: { me?: Me | null; client?: QueryClient } = {},
): RenderResult & { client: QueryClient } {
  return { ...render(<Providers client={client}>{ui}</Providers>), client };
}
