import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { ACCOUNT_TYPE_NAMES, isStaffType, PARENT_TYPE } from '@tiergate/access';
import type { Me } from '../../api/types';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text style={{ overflowWrap: 'anywhere' }}>{value}</Text>
    </div>
  );
}

/** A staff account's scope in words: whose customers and accounts it works on. */
function reachInWords(me: Me): string {
  const parent = PARENT_TYPE[me.type];
  const principal = parent ? `the ${ACCOUNT_TYPE_NAMES[parent].toLowerCase()} you work for` : 'the account you work for';
  return me.scope === 'subtree' ? `Everything under ${principal}` : `The direct customers of ${principal}`;
}

/** The account as GET /me describes it. */
export function ProfileDetails({ me }: { me: Me }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        Your account
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="sm">
        <Fact label="Name" value={me.name} />
        <Fact label="Email" value={me.email} />
        <Fact label="Phone" value={me.phone ?? '—'} />
        <Fact label="Type" value={me.typeName} />
        <Fact label="Role" value={me.role.displayName} />
        <Fact label="Account ID" value={`#${me.id}`} />
        {isStaffType(me.type) && <Fact label="Reach" value={reachInWords(me)} />}
      </SimpleGrid>
      <Text size="sm" c="dimmed" mt="md">
        Your email is the name you sign in with; the account that manages yours can change it.
      </Text>
    </Paper>
  );
}
