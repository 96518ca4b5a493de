import { Anchor, Badge, Box, Button, Group, Loader, Text, UnstyledButton } from '@mantine/core';
import { ACCOUNT_TYPE_NAMES, isStaffType, principalTypeOf } from '@tiergate/access';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { Account, Me } from '../../../api/types';
import { accountErrorMessage } from '../errors';
import { useUserChildren } from '../use-user-children';
import { StatusBadge } from './status-badge';

const INDENT = 20;

/**
 * The hierarchy as the caller sees it: its principal at the root, then operators and their staff, each operator's
 * children loaded (GET /users?parentId=) the first time it is expanded. Disclosure buttons, not an ARIA tree:
 * every row is a link and a button, reachable with Tab like the rest of the panel.
 */
export function UsersTree({ me }: { me: Me }) {
  const isStaff = isStaffType(me.type);
  const rootLabel = isStaff ? 'Your principal' : me.name;
  return (
    <Box component="ul" aria-label="Account tree" p={0} m={0} style={{ listStyle: 'none' }}>
      <Box component="li">
        <Group gap="xs" py={6} wrap="nowrap">
          <Text fw={600}>{rootLabel}</Text>
          {!isStaff && (
            <Badge variant="outline" size="sm">
              You
            </Badge>
          )}
          <Badge variant="light" color="gray" size="sm">
            {ACCOUNT_TYPE_NAMES[principalTypeOf(me)]}
          </Badge>
        </Group>
        <Children parentId={me.principalId} level={1} meId={me.id} />
      </Box>
    </Box>
  );
}

function Children({ parentId, level, meId }: { parentId: number; level: number; meId: number }) {
  const children = useUserChildren(parentId, true);
  const pad = level * INDENT;
  if (children.isPending) {
    return (
      <Group pl={pad} py={4} gap="xs">
        <Loader size="xs" aria-label="Loading" />
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      </Group>
    );
  }
  if (children.isError) {
    return (
      <Text pl={pad} py={4} size="sm" c="red" role="alert">
        {accountErrorMessage(children.error)}
      </Text>
    );
  }
  const accounts = children.data.pages.flatMap((p) => p.items);
  const total = children.data.pages[0]?.total ?? 0;
  if (!accounts.length) {
    return (
      <Text pl={pad} py={4} size="sm" c="dimmed">
        No accounts below.
      </Text>
    );
  }
  return (
    <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {accounts.map((a) => (
        <Node key={a.id} account={a} level={level} meId={meId} />
      ))}
      {children.hasNextPage && (
        <Box component="li" pl={pad + 26} py={4}>
          <Button size="compact-sm" variant="subtle" loading={children.isFetchingNextPage} onClick={() => void children.fetchNextPage()}>
            Show more ({total - accounts.length} more)
          </Button>
        </Box>
      )}
    </Box>
  );
}

function Node({ account, level, meId }: { account: Account; level: number; meId: number }) {
  const [expanded, setExpanded] = useState(false);
  const groupId = useId();
  const leaf = isStaffType(account.type);
  return (
    <Box component="li">
      <Group gap={6} py={4} pl={level * INDENT} wrap="nowrap" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
        {leaf ? (
          <Box w={20} aria-hidden />
        ) : (
          <UnstyledButton
            w={20}
            ta="center"
            aria-expanded={expanded}
            aria-controls={expanded ? groupId : undefined}
            aria-label={`${expanded ? 'Collapse' : 'Expand'} ${account.name}`}
            onClick={() => setExpanded((e) => !e)}
            c="dimmed"
          >
            <Chevron open={expanded} />
          </UnstyledButton>
        )}
        <Group gap={6} wrap="wrap" style={{ minWidth: 0 }}>
          <Anchor component={Link} to={`/users/${account.id}`} fw={500} size="sm">
            {account.name}
          </Anchor>
          {account.id === meId && (
            <Badge size="xs" variant="outline">
              You
            </Badge>
          )}
          <Badge size="sm" variant="light" color={leaf ? 'grape' : 'blue'}>
            {account.typeName}
          </Badge>
          {account.status !== 'active' && <StatusBadge status={account.status} />}
          <Text size="xs" c="dimmed" visibleFrom="sm">
            {account.email}
          </Text>
        </Group>
      </Group>
      {expanded && (
        <div id={groupId}>
          <Children parentId={account.id} level={level + 1} meId={meId} />
        </div>
      )}
    </Box>
  );
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 16 16"
      aria-hidden="true"
      style={{ transform: open ? undefined : 'rotate(-90deg)', transition: 'transform 150ms ease', verticalAlign: 'middle' }}
    >
      <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
