import { Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { CATALOG, moduleOf, type PermissionKey } from '@tiergate/access';
import { useState } from 'react';
import type { ModuleSetting } from '../../api/types';
import { ROUTES } from '../../session/routes';
import { ConfirmModal } from '../../components/confirm-modal';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { useModules } from './use-modules';
import { useSwitchModule } from './use-switch-module';
import { WriteGate } from '../../components/write-gate';

/** "Screens: Subscribers · 14 permissions": what a module's switch takes away, in the panel's own words. */
function describeModule(key: string): string {
  const module = CATALOG.find((m) => m.key === key);
  if (!module) return '';
  const screens = ROUTES.filter(
    (r) => r.menu && typeof r.access === 'object' && 'permission' in r.access && moduleOf(r.access.permission as PermissionKey).key === key,
  ).map((r) => r.label);
  const count = `${module.permissions.length} ${module.permissions.length === 1 ? 'permission' : 'permissions'}`;
  return screens.length ? `Screens: ${screens.join(', ')} · ${count}` : count;
}

/** Modules (UI.md, Admin only): switch a whole module of the catalog on or off for the installation (R9). */
export function ModulesPage() {
  const modules = useModules();
  const switchModule = useSwitchModule();
  const [confirming, setConfirming] = useState<ModuleSetting | null>(null);

  const change = (m: ModuleSetting, enabled: boolean) => {
    if (!enabled) return setConfirming(m);
    switchModule.mutate({ key: m.key, label: m.label, enabled: true });
  };

  return (
    <>
      <PageHeader title="Modules" />
      <Text c="dimmed" size="sm" mb="md" maw={720}>
        A module switched off is hidden from every account at once, yours included: its screens leave the menu and its permissions stop working. Roles and
        accounts keep their permissions, so switching it on again brings everything back.
      </Text>
      <QueryState query={modules} isEmpty={(list) => list.length === 0} empty="There are no modules.">
        {(list) => (
          <Paper withBorder maw={720}>
            <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {list.map((m, i) => {
                const saving = switchModule.isPending && switchModule.variables?.key === m.key;
                return (
                  <li key={m.key} style={{ borderTop: i ? '1px solid var(--mantine-color-default-border)' : undefined }}>
                    <Group justify="space-between" wrap="nowrap" p="md" gap="md">
                      {/* The description stays outside the label, so the switch's accessible name is the module's label alone. */}
                      <Stack gap={2}>
                        <WriteGate>
                          <Switch
                            label={m.label}
                            aria-describedby={`module-${m.key}-description`}
                            checked={saving ? switchModule.variables!.enabled : m.enabled}
                            disabled={saving}
                            onChange={(e) => change(m, e.currentTarget.checked)}
                          />
                        </WriteGate>
                        <Text id={`module-${m.key}-description`} size="xs" c="dimmed" pl={50}>
                          {describeModule(m.key)}
                        </Text>
                      </Stack>
                      <Text size="sm" c={m.enabled ? 'green.8' : 'dimmed'} fw={500} style={{ flexShrink: 0 }} aria-hidden>
                        {saving ? 'Saving…' : m.enabled ? 'On' : 'Off'}
                      </Text>
                    </Group>
                  </li>
                );
              })}
            </Stack>
          </Paper>
        )}
      </QueryState>
      <ConfirmModal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={`Switch off ${confirming?.label ?? ''}?`}
        confirmLabel="Switch off"
        onConfirm={() => {
          if (confirming) switchModule.mutate({ key: confirming.key, label: confirming.label, enabled: false });
          setConfirming(null);
        }}
      >
        Switching off <strong>{confirming?.label}</strong> hides its screens and permissions from every account at once, yours included. Anyone using them now
        loses them on their next click.
      </ConfirmModal>
    </>
  );
}
