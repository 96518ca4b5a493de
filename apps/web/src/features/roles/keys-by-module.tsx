import { Badge, Group, Stack, Text } from '@mantine/core';
import { CATALOG, isPermissionKey } from '@tiergate/access';

/** Permission keys under their catalog modules, each by its label (the key in its title); keys the catalog no longer has last. */
export function KeysByModule({ keys, color, empty = 'None' }: { keys: readonly string[]; color: string; empty?: string }) {
  if (keys.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  const set = new Set(keys);
  const groups: { key: string; label: string; items: { key: string; label: string }[] }[] = CATALOG.map((m) => ({
    key: m.key,
    label: m.label,
    items: m.permissions.filter((p) => set.has(p.key)),
  }));
  groups.push({ key: 'unknown', label: 'No longer in the catalog', items: keys.filter((k) => !isPermissionKey(k)).map((k) => ({ key: k, label: k })) });
  return (
    <Stack gap="xs">
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <Stack key={g.key} gap={4} role="group" aria-label={g.label}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {g.label}
            </Text>
            <Group gap={4}>
              {g.items.map((p) => (
                <Badge key={p.key} color={color} variant="light" tt="none" title={p.key} style={{ maxWidth: '100%' }}>
                  {p.label}
                </Badge>
              ))}
            </Group>
          </Stack>
        ))}
    </Stack>
  );
}
