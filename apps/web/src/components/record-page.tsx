import { Anchor, Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { hasCode } from '../api/client';
import { PageHeader } from './page-header';

/** The `:id` of the URL as a number, NaN when it is not one. */
export function useRecordId(): number {
  const { id } = useParams();
  return /^\d{1,10}$/.test(id ?? '') ? Number(id) : NaN;
}

/** The link back to the list a record page belongs to. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      ← {label}
    </Anchor>
  );
}

/**
 * A page about one record reached by its id in the URL: "not found" for an id that is not one or a 404 (out of scope
 * reads the same, R10), loading, an error with Try again, then `children` with the record.
 */
export function RecordPage<T>({
  id,
  query,
  noun,
  back,
  notFound,
  children,
}: {
  id: number;
  query: UseQueryResult<T>;
  /** "Ticket", "Subscriber". */
  noun: string;
  back: { to: string; label: string };
  /** Why it may not be found, in words. */
  notFound: string;
  children: (record: T) => ReactNode;
}) {
  if (Number.isNaN(id) || hasCode(query.error, 'NOT_FOUND')) {
    return (
      <Stack gap="sm">
        <BackLink {...back} />
        <PageHeader title={`${noun} not found`} />
        <Text>{notFound}</Text>
      </Stack>
    );
  }
  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (query.isError) {
    return (
      <Stack gap="sm">
        <BackLink {...back} />
        <PageHeader title={noun} />
        <Text c="red" role="alert">
          The {noun.toLowerCase()} could not be loaded: {query.error.message}
        </Text>
        <Button variant="default" w="fit-content" onClick={() => query.refetch()}>
          Try again
        </Button>
      </Stack>
    );
  }
  return <>{children(query.data)}</>;
}

/** One labelled fact of a record's summary card. */
export function RecordField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}
