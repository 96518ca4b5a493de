import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { CursorPage } from '../api/types';

/**
 * A keyset-paged list (`{items, nextCursor}`): its loading, error and empty states, the rows, and at its foot how many
 * are shown and "Load more" while the API has a next page. No totals: they stay fast at millions of rows.
 */
export function KeysetList<T>({
  list,
  noun,
  empty,
  children,
}: {
  list: UseInfiniteQueryResult<InfiniteData<CursorPage<T>>>;
  noun: [string, string];
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}) {
  if (list.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (!list.data) {
    return (
      <Alert color="red" role="alert" title={`Could not load the ${noun[1]}`}>
        {list.error?.message}
      </Alert>
    );
  }
  const items = list.data.pages.flatMap((p) => p.items);
  if (items.length === 0) {
    return (
      <Text c="dimmed" py="lg" ta="center">
        {empty}
      </Text>
    );
  }
  const word = items.length === 1 ? noun[0] : noun[1];
  return (
    <>
      {children(items)}
      <Group justify="space-between" mt="md" gap="sm">
        <Text size="sm" c="dimmed" role="status">
          {list.hasNextPage ? `Showing the newest ${items.length.toLocaleString()} ${word}.` : `${items.length.toLocaleString()} ${word}, all shown.`}
        </Text>
        {list.hasNextPage && (
          <Button variant="default" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
            Load more
          </Button>
        )}
      </Group>
      {list.isError && (
        <Alert color="red" role="alert" mt="sm" title="Could not load more">
          {list.error.message}
        </Alert>
      )}
    </>
  );
}
