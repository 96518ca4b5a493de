import { Anchor, Badge, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Role } from '../../api/types';
import { describeError } from '../../components/describe-error';
import { formatDateTime } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { KeysByModule } from './keys-by-module';
import { useRoleCompare } from './use-role-compare';
import { useRoleHistory } from './use-role-history';
import { useRoles } from './use-roles';

/** `<roleId>` or `<roleId>@<version>`, as GET /roles/compare takes it. */
const SIDE = /^([1-9]\d{0,9})(?:@([1-9]\d{0,9}))?$/;
const CURRENT = 'current';

/**
 * Compare: two roles, or two versions of roles, as keys only in A, only in B and in both, grouped by module.
 * The URL holds both sides (?a=12@3&b=12), so a comparison can be shared and survives Back and Reload.
 */
export function RoleComparePage() {
  const [params, setParams] = useSearchParams();
  const roles = useRoles();
  const side = (name: 'a' | 'b') => {
    const match = SIDE.exec(params.get(name) ?? '');
    return match ? { roleId: match[1], version: match[2] ?? CURRENT } : { roleId: null, version: CURRENT };
  };
  const a = side('a');
  const b = side('b');
  const ref = (s: typeof a) => (s.roleId === null ? null : s.version === CURRENT ? s.roleId : `${s.roleId}@${s.version}`);
  const set = (name: 'a' | 'b', next: { roleId: string | null; version: string }) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        const value = ref(next);
        if (value) out.set(name, value);
        else out.delete(name);
        return out;
      },
      { replace: true },
    );
  const comparison = useRoleCompare(ref(a), ref(b));
  const roleName = (id: string | null) => roles.data?.find((r) => String(r.id) === id)?.displayName ?? (id ? `Role ${id}` : '');
  const title = (s: typeof a) => `${roleName(s.roleId)}${s.version === CURRENT ? '' : ` (version ${s.version})`}`;

  return (
    <Stack gap="md">
      <Anchor component={Link} to={a.roleId ? `/roles/${a.roleId}` : '/roles'} size="sm">
        ← {a.roleId ? roleName(a.roleId) : 'Roles & Permissions'}
      </Anchor>
      <PageHeader title="Compare roles" />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <SidePicker label="A" roles={roles.data ?? []} value={a} onChange={(next) => set('a', next)} />
        <SidePicker label="B" roles={roles.data ?? []} value={b} onChange={(next) => set('b', next)} />
      </SimpleGrid>
      {ref(a) && ref(b) ? (
        comparison.isError ? (
          <Text role="alert" c="red">
            {describeError(comparison.error)}
          </Text>
        ) : (
          <QueryState query={comparison}>
            {(data) => (
              <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
                <KeyGroup title={`Only in ${title(a)}`} count={data.onlyA.length}>
                  <KeysByModule keys={data.onlyA} color="blue" />
                </KeyGroup>
                <KeyGroup title={`Only in ${title(b)}`} count={data.onlyB.length}>
                  <KeysByModule keys={data.onlyB} color="grape" />
                </KeyGroup>
                <KeyGroup title="In both" count={data.both.length}>
                  <KeysByModule keys={data.both} color="gray" />
                </KeyGroup>
              </SimpleGrid>
            )}
          </QueryState>
        )
      ) : (
        <Text c="dimmed">Choose two roles, or two versions of one role, to compare.</Text>
      )}
    </Stack>
  );
}

function KeyGroup({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs" mb="sm">
        <Title order={2} size="h5">
          {title}
        </Title>
        <Badge variant="default" aria-label={`${count} permissions`}>
          {count}
        </Badge>
      </Group>
      {children}
    </Paper>
  );
}

function SidePicker({
  label,
  roles,
  value,
  onChange,
}: {
  label: string;
  roles: Role[];
  value: { roleId: string | null; version: string };
  onChange: (next: { roleId: string | null; version: string }) => void;
}) {
  const history = useRoleHistory(Number(value.roleId), 200);
  const versions = history.data?.pages[0].items ?? [];
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Select
          label={`Role ${label}`}
          placeholder="Choose a role"
          searchable
          data={roles.map((r) => ({ value: String(r.id), label: `${r.displayName} (${r.typeName})` }))}
          value={value.roleId}
          onChange={(roleId) => onChange({ roleId, version: CURRENT })}
        />
        <Select
          label={`Version of ${label}`}
          disabled={!value.roleId}
          allowDeselect={false}
          data={[
            { value: CURRENT, label: 'Current permissions' },
            ...versions.map((v) => ({ value: String(v.version), label: `Version ${v.version} — ${formatDateTime(v.at)}, ${v.actorName}` })),
          ]}
          value={value.version}
          onChange={(version) => onChange({ roleId: value.roleId, version: version ?? CURRENT })}
        />
      </Stack>
    </Paper>
  );
}
