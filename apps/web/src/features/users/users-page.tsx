import { Button, Group, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { ACCOUNT_TYPE_NAMES, principalTypeOf, type AccountType } from '@tiergate/access';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Me } from '../../api/types';
import { useCan } from '../../session/use-can';
import { useMe } from '../../session/use-me';
import { PageHeader } from '../../components/page-header';
import { PagedList } from '../../components/data-table';
import { useUrlList } from '../../components/url-list';
import { hasDirectScope, newAccountLabel, operatorChildTypeOf, staffTypeOf, typesBelow } from './account-kinds';
import { CreateAccountModal } from './components/create-account-modal';
import { UsersTable } from './components/users-table';
import { UsersTree } from './components/users-tree';
import { useRoleNames } from './use-role-names';
import { useUsers } from './use-users';
import { WriteGate } from '../../components/write-gate';

const PAGE_SIZE = 25;

/** Resellers & Managers (UI.md /users): the accounts in scope as a table or a tree, and the create buttons. */
export function UsersPage() {
  const me = useMe().data!;
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
        {operatorType !== null && (
          <WriteGate permission="add_user">
            <Button onClick={() => setCreating(operatorType)}>{newAccountLabel(operatorType)}</Button>
          </WriteGate>
        )}
        {staffType !== null && (
          <WriteGate permission="add_user">
            <Button variant={operatorType !== null ? 'light' : 'filled'} onClick={() => setCreating(staffType)}>
              {newAccountLabel(staffType)}
            </Button>
          </WriteGate>
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
  const list = useUrlList({ filters: ['q', 'type', 'status'], typed: ['q'] });
  const { q, type, status } = list.values;
  const users = useUsers({
    q: q ?? undefined,
    type: type ? (Number(type) as AccountType) : null,
    status: status === 'active' || status === 'disabled' ? status : null,
    page: list.page,
    pageSize: PAGE_SIZE,
  });
  const roleNames = useRoleNames(can('role_module'));
  const typeOptions = typesBelow(principalTypeOf(me)).map((t) => ({ value: String(t), label: ACCOUNT_TYPE_NAMES[t] }));

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Search"
          placeholder="Name, email or phone"
          type="search"
          value={list.typed.q}
          onChange={(e) => list.type('q', e.currentTarget.value)}
          style={{ flex: '1 1 240px' }}
        />
        <Select
          label="Type"
          placeholder="All types"
          clearable
          data={typeOptions}
          value={type}
          onChange={(v) => list.set({ type: v })}
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
          onChange={(v) => list.set({ status: v })}
          style={{ flex: '1 1 150px', maxWidth: 220 }}
        />
      </Group>
      <PagedList
        query={users}
        page={list.page}
        onPage={(page) => list.goToPage(page)}
        pageSize={PAGE_SIZE}
        noun={['account', 'accounts']}
        empty={list.active ? 'No account matches these filters.' : 'No accounts yet. Create one with the buttons above.'}
      >
        {(items, stale) => <UsersTable accounts={items} roleNames={roleNames.data} meId={me.id} stale={stale} />}
      </PagedList>
    </Stack>
  );
}
