/// <reference types="jest" />
import { act, screen, within } from '@testing-library/react';
import { AccountType, type PermissionKey } from '@tiergate/access';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { setPreview } from '../../api/preview';
import type { Ticket } from '../../api/types';
import { ticketKeys } from '../../components/query-keys';
import { meOf, renderWithProviders, testQueryClient } from '../../test/render';
import { TicketPage } from './ticket-page';

const TICKET: Ticket = {
  id: 12,
  number: 'TCK-000012',
  subscriberId: 5,
  subscriberName: 'Karim Uddin',
  subscriberUsername: 'karim',
  subject: 'No connection',
  priority: 'high',
  status: 'open',
  assigneeId: null,
  assigneeName: null,
  createdBy: 7,
  createdByName: 'Desk One',
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
  replies: [
    { id: 1, ticketId: 12, authorId: 7, authorName: 'Desk One', body: 'Red light on the router.', createdAt: '2026-12-01T08:00:00.000Z' },
    { id: 2, ticketId: 12, authorId: null, authorName: null, body: 'Technician sent.', createdAt: '2026-12-01T09:00:00.000Z' },
  ],
};

/** The ticket's page for an account with these keys, the ticket already fetched. */
function open(permissions: PermissionKey[], ticket: Ticket = TICKET) {
  const me = meOf(AccountType.ResellerStaff, ['ticket_module', ...permissions]);
  const client = testQueryClient(me);
  client.setQueryData(ticketKeys.detail(ticket.id), ticket);
  const router = createMemoryRouter([{ path: '/tickets/:id', element: <TicketPage /> }], { initialEntries: [`/tickets/${ticket.id}`] });
  return renderWithProviders(<RouterProvider router={router} />, { client });
}

const button = (name: string) => screen.queryByRole('button', { name }) as HTMLButtonElement | null;

describe('a ticket’s page', () => {
  afterEach(() => act(() => setPreview(null)));

  it('is titled by number and subject, names the people, and shows the thread oldest first', () => {
    open([]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('TCK-000012 No connection');
    expect(screen.getByText('Karim Uddin')).toBeTruthy();
    expect(screen.getByText('Unassigned')).toBeTruthy();
    const messages = within(screen.getByRole('list', { name: 'Thread' })).getAllByRole('listitem');
    expect(messages.map((m) => m.textContent)).toEqual([expect.stringContaining('Red light'), expect.stringContaining('Technician sent.')]);
    // An author outside the caller's reach is not shown by id.
    expect(messages[1].textContent).toContain('Another account');
  });

  it('shows no control without its key', () => {
    const { unmount } = open([]);
    for (const name of ['Assign', 'Priority', 'Close', 'Reopen', 'Delete', 'Reply']) expect(button(name)).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Your reply' })).toBeNull();
    unmount();
    // Assign and Priority need only their own key (PATCH checks the key of each field it changes).
    open(['ticket_assign', 'ticket_priority']);
    expect(button('Assign')?.disabled).toBe(false);
    expect(button('Priority')?.disabled).toBe(false);
  });

  it('shows each control with its key: Close on an open ticket, Reopen on a closed one', () => {
    const { unmount } = open(['edit_ticket', 'ticket_assign', 'ticket_priority', 'ticket_close', 'delete_ticket', 'ticket_reply']);
    for (const name of ['Assign', 'Priority', 'Close', 'Delete', 'Reply']) expect(button(name)?.disabled).toBe(false);
    expect(button('Reopen')).toBeNull();
    unmount();
    open(['ticket_close'], { ...TICKET, status: 'closed' });
    expect(button('Reopen')).toBeTruthy();
    expect(button('Close')).toBeNull();
  });

  it('disables every control in a preview, saying why', () => {
    setPreview({ target: { kind: 'account', id: 9 }, name: 'Desk', returnTo: '/' });
    open(['edit_ticket', 'ticket_assign', 'ticket_priority', 'ticket_close', 'delete_ticket', 'ticket_reply']);
    for (const name of ['Assign', 'Priority', 'Close', 'Delete', 'Reply']) {
      expect(button(name)?.disabled).toBe(true);
      expect(button(name)?.getAttribute('aria-description')).toBe('Preview');
    }
  });
});
