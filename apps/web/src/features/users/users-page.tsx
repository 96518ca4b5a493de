import { Button, Group, Pagination, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ACCOUNT_TYPE_NAMES, principalTypeOf, type AccountType } from '@tiergate/access';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Me } from '../../api/types';
import { useCan } from '../../session/use-can';
import { useMe } from '../../session/use-me';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { hasDirectScope, newAccountLabel, operatorChildTypeOf, staffTypeOf, typesBelow } from './account-kinds';
import { CreateAccountModal } from './components/create-account-modal';
import { UsersTable } from './components/users-table';
import { UsersTree } from './components/users-tree';
import { useRoleNames } from './use-role-names';
import { useUsers } from './use-users';

const PAGE_SIZE = 25;

/** Resellers & Managers (UI.md /users): the accounts in scope as a table or a tree, and the create buttons. */
export function UsersPage() {
  const me = useMe().data!;
  const can = useCan();
  const [creating, setCreating] = useState<AccountType | null>(null);
  const principalType = principalTypeOf(me);
  const staffType = staffTypeOf(principalType);
  // R11: a direct-scope manager creates only managers of its own principal.
  const operatorType = hasDirectScope(me) ? null : operatorChildTypeOf(principalType);
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'tree' ? 'tree' : 'table';

  return (
    <Stack gap="sm">
      <PageHeader title="Resellers & Managers">
        {can('add_user') && operatorType !== null && <Button onClick={() => setCreating(operatorType)}>{newAccountLabel(operatorType)}</Button>}
        {can('add_user') && staffType !== null && (
          <Button variant={operatorType !== null ? 'light' : 'filled'} onClick={() => setCreating(staffType)}>
            {newAccountLabel(staffType)}
          </Button>
        )}
      </PageHeader>
      <SegmentedControl
        aria-label="View"
        w="fit-content"
        value={view}
        onChange={(v) =>
          setParams(
            (p) => {
              if (v === 'tree') p.set('view', 'tree');
              else p.delete('view');
              return p;
            },
            { replace: true },
          )
        }
        data={[
          { value: 'table', label: 'Table' },
          { value: 'tree', label: 'Tree' },
        ]}
      />
      {view === 'table' ? <AccountsTable me={me} /> : <UsersTree me={me} />}
      {creating !== null && <CreateAccountModal me={me} type={creating} opened onClose={() => setCreating(null)} />}
    </Stack>
  );
}

function AccountsTable({ me }: { me: Me }) {
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const type = params.get('type');
  const status = params.get('status');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search, 300);

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (p) => {
        for (const [k, v] of Object.entries(changes)) {
          if (v) p.set(k, v);
          else p.delete(k);
        }
        if (!('page' in changes)) p.delete('page');
        return p;
      },
      { replace: true },
    );

  useEffect(() => {
    if (debounced.trim() !== q) update({ q: debounced.trim() || null });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the typed text settles
  }, [debounced]);

  // The address changed under the field (the menu link, Back): show what is searched.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the address is outside React: the field follows it
    if (q !== debounced.trim()) setSearch(q);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- not on typing: only when the address changes
  }, [q]);

  const users = useUsers({
    q: q || undefined,
    type: type ? (Number(type) as AccountType) : null,
    status: status === 'active' || status === 'disabled' ? status : null,
    page,
    pageSize: PAGE_SIZE,
  });
  const roleNames = useRoleNames(can('role_module'));
  const filtered = Boolean(q || type || status);
  const typeOptions = typesBelow(principalTypeOf(me)).map((t) => ({ value: String(t), label: ACCOUNT_TYPE_NAMES[t] }));

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Search"
          placeholder="Name, email or phone"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          style={{ flex: '1 1 240px' }}
        />
        <Select
          label="Type"
          placeholder="All types"
          clearable
          data={typeOptions}
          value={type}
          onChange={(v) => update({ type: v })}
          style={{ flex: '1 1 150px', maxWidth: 220 }}
        />
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={[
            { value: 'active', label: 'Active' },
            { value: 'disabled', label: 'Disabled' },
          ]}
          value={status}
          onChange={(v) => update({ status: v })}
          style={{ flex: '1 1 150px', maxWidth: 220 }}
        />
      </Group>
      <QueryState
        query={users}
        isEmpty={(d) => d.items.length === 0}
        empty={filtered ? 'No account matches these filters.' : 'No accounts yet. Create one with the buttons above.'}
      >
        {(data) => (
          <Stack gap="sm" style={{ opacity: users.isPlaceholderData ? 0.6 : 1 }}>
            <UsersTable accounts={data.items} roleNames={roleNames.data} meId={me.id} />
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Text size="sm" c="dimmed" aria-live="polite">
                {data.total === 1 ? '1 account' : `${data.total} accounts`}
                {data.total > PAGE_SIZE && ` · ${(page - 1) * PAGE_SIZE + 1}–${Math.min(page * PAGE_SIZE, data.total)}`}
              </Text>
              {data.total > PAGE_SIZE && (
                <Pagination
                  total={Math.ceil(data.total / PAGE_SIZE)}
                  value={page}
                  onChange={(p) => update({ page: p > 1 ? String(p) : null })}
                  size="sm"
                  siblings={1}
                  getControlProps={(control) => ({ 'aria-label': `${control} page` })}
                />
              )}
            </Group>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
