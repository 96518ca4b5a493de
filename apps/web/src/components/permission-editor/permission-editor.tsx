import { ActionIcon, Badge, Button, Checkbox, Collapse, Group, Paper, SimpleGrid, Stack, Switch, Text, TextInput, VisuallyHidden } from '@mantine/core';
import type { AccountType, ModuleKey, PermissionKey } from '@tiergate/access';
import { useId, useMemo, useState, type ReactNode } from 'react';
import {
  featureState,
  filterModules,
  moduleSwitchState,
  moduleOffReason,
  modulesForType,
  selectedCount,
  setAllFeatures,
  toggleKey,
  toggleModule,
  type EditorContext,
  type EditorModule,
  type KeyState,
} from './permission-editor-model';

export interface PermissionEditorProps {
  /** The account type whose permissions are edited (the role's type, or the account's type): keys it may not hold are not offered (libs/access isAllowedForType). */
  type: AccountType;
  /** The selected keys. */
  value: readonly PermissionKey[];
  onChange: (next: PermissionKey[]) => void;
  /** What the editing account holds (R6): keys outside it cannot be added; they are shown disabled with the reason. 'all' for the Admin (type 1). */
  held: ReadonlySet<PermissionKey> | 'all';
  /** Optional note per key shown beside it (e.g. "from role", "revoked"). */
  note?: (key: PermissionKey) => string | null;
  readOnly?: boolean;
  /** Modules open at first (by default all are collapsed and show their counts). */
  defaultExpanded?: readonly ModuleKey[];
}

/**
 * The one permission editor (roles and accounts): the catalog's modules in order, each with its switch (the module's
 * key) and its feature keys; only the keys the type may hold are offered. Pure: props in, `onChange` out.
 *
 * Rules (issue 8 item 3): a module switched off makes its features inactive, and switching it off removes them too;
 * switching it on adds the module key only. A key the editor does not hold (R6) cannot be added, but one already
 * selected can be removed (taking something away is never an escalation).
 */
export function PermissionEditor({ type, value, onChange, held, note, readOnly = false, defaultExpanded = [] }: PermissionEditorProps) {
  const modules = useMemo(() => modulesForType(type), [type]);
  const selected = useMemo(() => new Set(value), [value]);
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<ModuleKey>>(() => new Set(defaultExpanded));
  const searching = search.trim() !== '';
  const shown = useMemo(() => filterModules(modules, search), [modules, search]);
  const ctx: EditorContext = { selected, held, readOnly };
  const total = modules.reduce((n, m) => n + m.offered.length, 0);
  const totalSelected = modules.reduce((n, m) => n + selectedCount(m, selected), 0);
  const allOpen = modules.every((m) => expanded.has(m.key));

  const toggleOpen = (key: ModuleKey) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Search permissions"
          placeholder="Name or key, e.g. subscriber"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          style={{ flex: '1 1 220px' }}
          type="search"
        />
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" c="dimmed" aria-live="polite">
            {totalSelected} of {total} selected
          </Text>
          {!searching && (
            <Button variant="subtle" size="compact-sm" onClick={() => setExpanded(allOpen ? new Set() : new Set(modules.map((m) => m.key)))}>
              {allOpen ? 'Collapse all' : 'Expand all'}
            </Button>
          )}
        </Group>
      </Group>

      {shown.length === 0 && (
        <Text c="dimmed" ta="center" py="md">
          No permission matches “{search.trim()}”.
        </Text>
      )}

      {shown.map((module) => (
        <ModuleSection
          key={module.key}
          module={module}
          ctx={ctx}
          note={note}
          open={searching || expanded.has(module.key)}
          canCollapse={!searching}
          onToggleOpen={() => toggleOpen(module.key)}
          count={selectedCount(
            modules.find((m) => m.key === module.key)!,
            selected,
          )}
          total={modules.find((m) => m.key === module.key)!.offered.length}
          onChange={onChange}
        />
      ))}
    </Stack>
  );
}

function ModuleSection({
  module,
  ctx,
  note,
  open,
  canCollapse,
  onToggleOpen,
  count,
  total,
  onChange,
}: {
  module: EditorModule;
  ctx: EditorContext;
  note?: (key: PermissionKey) => string | null;
  open: boolean;
  canCollapse: boolean;
  onToggleOpen: () => void;
  count: number;
  total: number;
  onChange: (next: PermissionKey[]) => void;
}) {
  const bodyId = useId();
  const switchState = module.moduleKey ? moduleSwitchState(module, ctx) : null;
  const moduleOn = !module.moduleKey || ctx.selected.has(module.moduleKey.key);
  const features = module.features.map((f) => ({ feature: f, state: featureState(module, f.key, ctx) }));
  const canSelectMore = features.some(({ feature, state }) => !state.checked && !state.disabled && feature);
  const canClear = features.some(({ state }) => state.checked && !state.disabled);

  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={module.label}>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        {module.moduleKey && switchState ? (
          <Described indent={50} description={<KeyDescription keyName={module.moduleKey.key} note={note?.(module.moduleKey.key)} state={switchState} />}>
            {(describedBy) => (
              <Switch
                label={module.label}
                checked={switchState.checked}
                disabled={switchState.disabled}
                onChange={(e) => onChange(toggleModule(module, e.currentTarget.checked, ctx.selected))}
                aria-describedby={describedBy}
                styles={{ label: { fontWeight: 600 } }}
              />
            )}
          </Described>
        ) : (
          <Stack gap={2}>
            <Text fw={600} size="sm">
              {module.label}
            </Text>
            <Text size="xs" c="dimmed">
              No module switch: each key stands alone
            </Text>
          </Stack>
        )}
        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
          <Badge variant={count > 0 ? 'light' : 'outline'} color={count > 0 ? 'blue' : 'gray'} radius="sm" style={{ textTransform: 'none' }}>
            {count} of {total}
          </Badge>
          {canCollapse && module.features.length > 0 && (
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={onToggleOpen}
              aria-expanded={open}
              aria-controls={bodyId}
              aria-label={`${open ? 'Hide' : 'Show'} ${module.label} permissions`}
            >
              <Chevron open={open} />
            </ActionIcon>
          )}
        </Group>
      </Group>

      {module.features.length > 0 && (
        <Collapse expanded={open} id={bodyId} transitionDuration={0}>
          <Stack gap="xs" pt="sm">
            {!ctx.readOnly && !moduleOn && (
              <Text size="sm" c="dimmed" fs="italic">
                {moduleOffReason(module.label)}: its permissions below are inactive while the switch is off.
              </Text>
            )}
            {!ctx.readOnly && moduleOn && (canSelectMore || canClear) && (
              <Group gap="xs">
                {canSelectMore && (
                  <Button
                    variant="light"
                    size="compact-xs"
                    onClick={() => onChange(setAllFeatures(module, true, ctx))}
                    aria-label={`Select all ${module.label}`}
                  >
                    Select all
                  </Button>
                )}
                {canClear && (
                  <Button
                    variant="subtle"
                    color="gray"
                    size="compact-xs"
                    onClick={() => onChange(setAllFeatures(module, false, ctx))}
                    aria-label={`Clear ${module.label}`}
                  >
                    Clear
                  </Button>
                )}
              </Group>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
              {features.map(({ feature, state }) => (
                <Described
                  key={feature.key}
                  indent={32}
                  description={
                    <KeyDescription
                      keyName={feature.key}
                      note={note?.(feature.key)}
                      state={state}
                      hideReason={!moduleOn && state.reason === moduleOffReason(module.label)}
                    />
                  }
                >
                  {(describedBy) => (
                    <Checkbox
                      label={feature.label}
                      checked={state.checked}
                      disabled={state.disabled}
                      onChange={(e) => onChange(toggleKey(feature.key, e.currentTarget.checked, ctx.selected))}
                      aria-describedby={describedBy}
                    />
                  )}
                </Described>
              ))}
            </SimpleGrid>
          </Stack>
        </Collapse>
      )}
    </Paper>
  );
}

/**
 * A control with its description below, linked by aria-describedby. (Mantine's own `description` sits inside the
 * <label>, which would make the key and the reason part of the accessible name: the name must be the label alone.)
 */
function Described({ indent, description, children }: { indent: number; description: ReactNode; children: (describedBy: string) => ReactNode }) {
  const id = useId();
  return (
    <div>
      {children(id)}
      <Text id={id} component="div" size="xs" pl={indent} mt={2} lh={1.35}>
        {description}
      </Text>
    </div>
  );
}

/** Under a key's label: the key itself, the caller's note and, when there is one, why the control is disabled. */
function KeyDescription({
  keyName,
  note,
  state,
  hideReason = false,
}: {
  keyName: string;
  note?: string | null;
  state: KeyState;
  /** Said once for the whole module (its switch is off): kept for screen readers only. */
  hideReason?: boolean;
}): ReactNode {
  return (
    <>
      <Text span ff="monospace" size="xs" c="dimmed">
        {keyName}
      </Text>
      {note && (
        <Badge component="span" size="xs" variant="light" color="grape" ml={6} radius="sm" style={{ textTransform: 'none', verticalAlign: 'middle' }}>
          {note}
        </Badge>
      )}
      {state.reason &&
        (hideReason ? (
          <VisuallyHidden component="span">{`. ${state.reason}`}</VisuallyHidden>
        ) : (
          <Text span display="block" size="xs" c={state.disabled ? 'dimmed' : 'orange.8'} fs="italic">
            {state.reason}
          </Text>
        ))}
    </>
  );
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      style={{ transform: open ? 'rotate(180deg)' : undefined, transition: 'transform 150ms ease' }}
    >
      <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
