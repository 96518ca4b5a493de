import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Me } from '../../api/types';
import { menuFor } from '../../session/routes';

/** What each screen is for, in a line, for someone who has never opened it. */
const PURPOSE: Record<string, string> = {
  '/roles': 'Create roles and choose what each one may do.',
  '/users': 'Add resellers and managers; set their roles and permissions.',
  '/subscribers': 'Find, add, suspend and reconnect subscribers.',
  '/packages': 'The internet packages subscribers are put on.',
  '/invoices': 'Invoices issued to subscribers.',
  '/payments': 'Payments received and recorded.',
  '/ledger': 'Every balance movement, entry by entry.',
  '/reports': 'Sales, payments and subscriber reports.',
  '/audit': 'Who did what and when: every change and sign-in.',
  '/settings/modules': 'Switch whole modules on or off for everyone.',
  '/profile': 'Your details and your password.',
  '/tickets': 'Customer complaints: open, answer, assign and close them.',
};

interface StartCard {
  path: string;
  label: string;
  group: string | null;
}

/** The screens this account may open (the same list as its menu), as cards to start from. */
export function startCardsFor(me: Me): StartCard[] {
  const cards = menuFor(me).flatMap((section) =>
    section.routes.filter((r) => r.path !== '/').map((r) => ({ path: r.path, label: r.label, group: section.group })),
  );
  if (me.permissions.includes('my_profile_module')) cards.push({ path: '/profile', label: 'My profile', group: null });
  return cards;
}

export function StartCards({ me }: { me: Me }) {
  const cards = startCardsFor(me);
  if (cards.length === 0) {
    return <Text c="dimmed">Your account has no screens to open yet. Ask the account that manages yours to give your role the permissions you need.</Text>;
  }
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {cards.map((card) => (
        <li key={card.path} style={{ display: 'flex' }}>
          <Card withBorder padding="md" component={Link} to={card.path} w="100%" style={{ textDecoration: 'none' }}>
            {card.group && (
              <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                {card.group}
              </Text>
            )}
            <Title order={3} size="h4" c="blue.8">
              {card.label}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              {PURPOSE[card.path] ?? `Open ${card.label}.`}
            </Text>
          </Card>
        </li>
      ))}
    </SimpleGrid>
  );
}
