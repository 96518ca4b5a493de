import { Badge, Button, Card, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { CATALOG } from '@tiergate/access';
import { logout, Me } from '../api/client';

/** What the signed-in account may do, grouped by the catalog's modules; modules it has nothing of are hidden. */
export function MyPermissionsPage({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  const granted = new Set(me.permissions);
  const modules = CATALOG.map((m) => ({ ...m, permissions: m.permissions.filter((p) => granted.has(p.key)) })).filter((m) => m.permissions.length);
  const signOut = async () => {
    await logout();
    await queryClient.invalidateQueries({ queryKey: ['me'] });
  };
  return (
    <Container size="lg" py="lg">
      <Group justify="space-between" mb="lg">
        <Stack gap={0}>
          <Title order={2}>{me.name}</Title>
          <Text c="dimmed" data-testid="whoami">
            {me.typeName} · {me.email} · role {me.role.displayName} · branch {me.branch}
          </Text>
        </Stack>
        <Button variant="default" onClick={signOut}>Sign out</Button>
      </Group>
      <Text mb="md" data-testid="permission-count">{me.permissions.length} permissions</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {modules.map((m) => (
          <Card key={m.key} withBorder data-testid={`module-${m.key}`}>
            <Title order={4} mb="xs">{m.label}</Title>
            <Group gap={6}>
              {m.permissions.map((p) => (
                <Badge key={p.key} variant="light" title={p.key}>{p.label}</Badge>
              ))}
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </Container>
  );
}
