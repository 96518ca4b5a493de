import { Anchor, Badge, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Account } from '../../../api/types';
import { DataTable, type Column } from '../../../components/data-table';
import { formatDate } from '../../../components/format';
import { StatusBadge } from './status-badge';

/** The accounts of one page: name (a link to the account), email, type, role, status, created; cards on a phone. */
export function UsersTable({
  accounts,
  roleNames,
  meId,
  stale,
}: {
  accounts: Account[];
  roleNames?: ReadonlyMap<number, string>;
  meId: number;
  stale: boolean;
}) {
  const columns: Column<Account>[] = [
    {
      header: 'Name',
      card: 'title',
      cell: (a) => (
        <>
          <Anchor component={Link} to={`/users/${a.id}`} fw={500} size="sm">
            {a.name}
          </Anchor>
          {a.id === meId && (
            <Badge ml="xs" size="xs" variant="outline">
              You
            </Badge>
          )}
        </>
      ),
    },
    {
      header: 'Email',
      card: 'subtitle',
      cell: (a) => (
        <Text span inherit style={{ wordBreak: 'break-all' }}>
          {a.email}
        </Text>
      ),
    },
    { header: 'Type', cell: (a) => a.typeName },
    { header: 'Role', cell: (a) => roleNames?.get(a.role.id) ?? a.role.name },
    { header: 'Status', card: 'aside', cell: (a) => <StatusBadge status={a.status} /> },
    { header: 'Created', text: 'nowrap', cell: (a) => formatDate(a.createdAt) },
  ];
  return <DataTable label="Accounts" columns={columns} rows={accounts} rowKey={(a) => a.id} stale={stale} minWidth={760} />;
}
