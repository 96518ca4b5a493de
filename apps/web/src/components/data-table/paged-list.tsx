import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { hasCode } from '../../api/client';
import type { ListPage } from '../../api/types';
import { QueryState } from '../query-state';

/** A page of an offset list (GET /users): its rows and how many match. */
interface CountedPage<T> {
  items: T[];
  total: number;
}

/** "1 subscriber matches", "1,234 subscribers match", "10,000+ subscribers match" (the API counts up to a cap). */
export function matchText(total: number, capped: boolean, noun: readonly [string, string]): string {
  if (total === 1 && !capped) return `1 ${noun[0]} matches`;
  return `${total.toLocaleString('en-US')}${capped ? '+' : ''} ${noun[1]} match`;
}

/**
 * One page of a list: its loading, error and empty states, the rows, and at its foot where it is ("Page 2 · 1,234
 * subscribers match") with Previous page / Next page when there is more than one page. A keyset page (`ListPage`) moves by its cursors; a counted
 * page (GET /users) by its number, `pageSize` rows each.
 */
export function PagedList<T>({
  query,
  page,
  noun,
  empty,
  onPage,
  pageSize,
  children,
}: {
  query: UseQueryResult<ListPage<T>> | UseQueryResult<CountedPage<T>>;
  page: number;
  noun: readonly [string, string];
  empty: ReactNode;
  onPage: (page: number, cursor: string | null) => void;
  pageSize?: number;
  children: (items: T[], stale: boolean) => ReactNode;
}) {
  const result = query as UseQueryResult<ListPage<T> | CountedPage<T>>;
  const stale = result.isPlaceholderData;
  // A link to a later page carries the API's cursor; one cut short or edited by hand is refused (400).
  if (result.isError && page > 1 && hasCode(result.error, 'VALIDATION_FAILED')) {
    return (
      <Alert color="yellow" role="alert" title="This page link no longer works">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">It may have been cut short or changed by hand. The list itself is fine.</Text>
          <Button variant="default" onClick={() => onPage(1, null)}>
            First page
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <QueryState query={result} isEmpty={(data) => data.items.length === 0 && page === 1} empty={empty}>
      {(data) => {
        const keyset = 'nextCursor' in data;
        const hasNext = keyset ? data.nextCursor !== null : page * (pageSize ?? data.items.length) < data.total;
        return (
          <Stack gap="sm">
            {data.items.length > 0 ? (
              children(data.items, stale)
            ) : (
              <Text c="dimmed" py="lg" ta="center">
                No more {noun[1]}.
              </Text>
            )}
            <Group justify="space-between" gap="sm" wrap="wrap">
              <Text size="sm" c="dimmed" role="status">
                Page {page.toLocaleString('en-US')} · {matchText(data.total, keyset && data.totalCapped, noun)}
              </Text>
              {(page > 1 || hasNext) && (
                <Group gap="xs">
                  <Button variant="default" disabled={page <= 1 || stale} onClick={() => onPage(page - 1, keyset ? data.prevCursor : null)}>
                    Previous page
                  </Button>
                  <Button variant="default" disabled={!hasNext || stale} onClick={() => onPage(page + 1, keyset ? data.nextCursor : null)}>
                    Next page
                  </Button>
                </Group>
              )}
            </Group>
          </Stack>
        );
      }}
    </QueryState>
  );
}
