import { AppShell, Box, Burger, Button, Group, NavLink, ScrollArea, Stack, Text, type StackProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useLocation } from 'react-router';
import { signOut } from '../api/client';
import type { Me } from '../api/types';
import { PreviewBanner } from '../features/preview';
import { usePreview } from '../api/preview';
import { menuFor } from '../session/routes';

const HEADER_HEIGHT = 56;
const BANNER_HEIGHT = 44;

/**
 * The panel's frame: a header with the account and Sign out, a side menu built from the route table (R13); in a
 * preview (R15), `me` is the previewed account's and a banner across the top says so.
 */
export function Shell({ me }: { me: Me }) {
  const [opened, { toggle, close }] = useDisclosure();
  const preview = usePreview();
  const { pathname } = useLocation();
  const queryClient = useQueryClient();
  const isCurrent = (path: string) => (path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`));
  return (
    <AppShell
      header={{ height: HEADER_HEIGHT + (preview ? BANNER_HEIGHT : 0) }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        {preview && (
          <Box h={BANNER_HEIGHT}>
            <PreviewBanner preview={preview} />
          </Box>
        )}
        <Group h={HEADER_HEIGHT} px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={opened ? 'Close the menu' : 'Open the menu'} />
            <Text fw={700} size="lg" component={Link} to="/">
              Tiergate
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SignedInAs account={me} align="flex-end" visibleFrom="xs" />
            <Button
              variant="default"
              size="xs"
              onClick={async () => {
                await signOut();
                queryClient.clear();
              }}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main menu">
        <ScrollArea>
          <SignedInAs account={me} hiddenFrom="xs" px="xs" pb="xs" />
          {menuFor(me).map((section) => (
            <Stack key={section.group ?? 'top'} gap={0} mb="sm" component="nav" aria-label={section.group ?? 'Home'}>
              {section.group && (
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" py={4}>
                  {section.group}
                </Text>
              )}
              {section.routes.map((route) => (
                <NavLink key={route.path} component={Link} to={route.path} label={route.label} active={isCurrent(route.path)} onClick={close} />
              ))}
            </Stack>
          ))}
          {me.permissions.includes('my_profile_module') && (
            <NavLink component={Link} to="/profile" label="My profile" active={isCurrent('/profile')} onClick={close} hiddenFrom="sm" />
          )}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/** The signed-in account: its name (a link to My profile when it may open it) and its type. */
function SignedInAs({ account, ...place }: { account: Me } & StackProps) {
  return (
    <Stack gap={0} {...place}>
      {account.permissions.includes('my_profile_module') ? (
        <Text size="sm" fw={600} component={Link} to="/profile" aria-label={`My profile: ${account.name}`}>
          {account.name}
        </Text>
      ) : (
        <Text size="sm" fw={600}>
          {account.name}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {account.typeName}
      </Text>
    </Stack>
  );
}
