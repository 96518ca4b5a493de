import { AccountType, allowedKeysForType, PermissionKey, TICKET_BODY_MAX, TICKET_SUBJECT_MAX } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { UsageRecorder } from '../src/access/usage-recorder';
import { ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, MadeAccount, makeSubscriber, PASSWORD } from './support/factories';

/** Tickets (R17): permissions, R10 across the tree, numbering, assignment, the thread, audit in one transaction, moves. */
let api: TestApi;
let db: DataSource;
let admin: ApiClient;

beforeAll(async () => ({ api, db, admin } = await openApi()));
afterAll(() => api.close());

const TICKET_KEYS: PermissionKey[] = [
  'ticket_module',
  'add_ticket',
  'edit_ticket',
  'delete_ticket',
  'ticket_reply',
  'ticket_assign',
  'ticket_close',
  'ticket_priority',
];
const full = (type: AccountType, parentId?: number, without: PermissionKey[] = []) =>
  makeAccount(db, type, { parentId, permissions: allowedKeysForType(type).filter((k) => !without.includes(k)) });
const signIn = (account: MadeAccount) => api.login(account.email, PASSWORD);
const countRows = async (table: string) => Number((await db.query(`SELECT count(*) FROM ${table}`))[0].count);
const ids = (res: { body: { items: { id: number }[] } }) => res.body.items.map((t) => t.id).sort((x, y) => x - y);
const open = (client: ApiClient, subscriberId: number, body: Record<string, unknown> = {}) =>
  client.post(`/subscribers/${subscriberId}/tickets`, { subject: 'No connection', body: 'Red light on the router', ...body });

/**
 * Reseller A with a sub-reseller S below it, a direct-scope manager D and a subtree-scope manager T; reseller B
 * beside it. One ticket on a subscriber of each of A, S and B.
 */
async function world() {
  const a = await full(AccountType.Reseller);
  const s = await full(AccountType.Subreseller, a.id);
  const d = await full(AccountType.ResellerStaff, a.id);
  const t = await full(AccountType.ResellerStaff, a.id);
  await db.query(`UPDATE accounts SET scope = 'subtree' WHERE id = $1`, [t.id]);
  const b = await full(AccountType.Reseller);
  const subs = { a: await makeSubscriber(db, a.id), s: await makeSubscriber(db, s.id), b: await makeSubscriber(db, b.id) };
  const clients = { a: await signIn(a), s: await signIn(s), d: await signIn(d), t: await signIn(t), b: await signIn(b) };
  const tickets = {
    a: (await open(clients.a, subs.a)).body.id as number,
    s: (await open(clients.s, subs.s)).body.id as number,
    b: (await open(clients.b, subs.b)).body.id as number,
  };
  return { a, s, d, t, b, subs, clients, tickets };
}

describe('POST /subscribers/:id/tickets and GET /tickets/:id', () => {
  it('opens a numbered ticket with its first message, names the people, and audits it', async () => {
    const a = await full(AccountType.Reseller);
    const client = await signIn(a);
    const subscriberId = await makeSubscriber(db, a.id, { name: 'Rahim Uddin' });
    const res = await open(client, subscriberId, { subject: '  Slow at night  ', body: ' Speed drops after 9 pm ' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      subscriberId,
      subject: 'Slow at night',
      priority: 'normal',
      status: 'open',
      assigneeId: null,
      createdBy: a.id,
      subscriberName: 'Rahim Uddin',
      createdByName: expect.any(String),
      assigneeName: null,
      replies: [expect.objectContaining({ authorId: a.id, authorName: expect.any(String), body: 'Speed drops after 9 pm' })],
    });
    expect(res.body.number).toMatch(/^TCK-\d{6,}$/);
    expect((await client.get(`/tickets/${res.body.id}`)).body).toEqual(res.body);

    const [entry] = await db.query(`SELECT actor_id, target_label, target_path, changes FROM audit_log WHERE action = 'ticket.create' AND target_id = $1`, [
      String(res.body.id),
    ]);
    expect(entry).toMatchObject({
      actor_id: a.id,
      target_path: a.path,
      changes: { after: { subject: 'Slow at night', status: 'open', body: 'Speed drops after 9 pm' } },
    });
    expect(entry.target_label).toContain(res.body.number);
    // The subscriber's activity and the Action log show it to the subscriber's side.
    expect((await client.get(`/subscribers/${subscriberId}/activity`)).body.items.map((e: { action: string }) => e.action)).toContain('ticket.create');
    expect((await client.get('/audit?targetType=ticket')).body.items).toHaveLength(1);
    expect((await (await signIn(await full(AccountType.Reseller))).get('/audit?targetType=ticket')).body.items).toEqual([]);
  });

  it('numbers 20 concurrent tickets of one branch 1..20 after the last, and another branch from 1', async () => {
    const a = await full(AccountType.Reseller);
    const client = await signIn(a);
    const subscribers = await Promise.all(Array.from({ length: 20 }, () => makeSubscriber(db, a.id)));
    const [counter] = await db.query(`SELECT last_number::int FROM ticket_counters WHERE branch_id = 1`);
    const before = counter?.last_number ?? 0;
    const answers = await Promise.all(subscribers.map((id) => open(client, id)));
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(201));
    const numbers = answers.map((r) => Number(r.body.number.slice(4))).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => before + 1 + i));

    const [{ id: branchId }] = await db.query(`INSERT INTO branches (slug, name) VALUES ('north', 'North') RETURNING id`);
    const other = await full(AccountType.Reseller);
    await db.query(`UPDATE accounts SET branch_id = $2 WHERE id = $1`, [other.id, branchId]);
    const otherClient = await signIn(other);
    const first = await open(otherClient, await makeSubscriber(db, other.id));
    const second = await open(otherClient, await makeSubscriber(db, other.id));
    expect([first.body.number, second.body.number]).toEqual(['TCK-000001', 'TCK-000002']);
  });

  it('refuses bad input with a 400 that writes nothing', async () => {
    const a = await full(AccountType.Reseller);
    const client = await signIn(a);
    const subscriberId = await makeSubscriber(db, a.id);
    const { body: ticket } = await open(client, subscriberId);
    const counts = async () => [await countRows('tickets'), await countRows('ticket_replies'), await countRows('audit_log')];
    const before = await counts();
    const bad: Record<string, unknown>[] = [
      { subject: 'x'.repeat(TICKET_SUBJECT_MAX + 1), body: 'b' },
      { subject: '   ', body: 'b' },
      { subject: 's', body: 'x'.repeat(TICKET_BODY_MAX + 1) },
      { subject: 's', body: ' \n\t ' },
      { subject: 's' },
      { subject: null, body: 'b' },
      { subject: 's', body: 'b', priority: 'critical' },
      { subject: 's', body: 'b', status: 'closed' },
      { subject: 7, body: 'b' },
    ];
    for (const body of bad) {
      const res = await client.post(`/subscribers/${subscriberId}/tickets`, body);
      expect([res.status, res.body.error]).toEqual([400, 'Bad Request']);
    }
    for (const body of [{ subject: '' }, { subject: null }, { priority: null }, { assigneeId: 'x' }, { assigneeId: 0 }, { status: 'closed' }]) {
      expect((await client.patch(`/tickets/${ticket.id}`, body)).status).toBe(400);
    }
    for (const body of [{}, { body: '' }, { body: 'x'.repeat(TICKET_BODY_MAX + 1) }]) {
      expect((await client.post(`/tickets/${ticket.id}/replies`, body)).status).toBe(400);
    }
    for (const query of ['status=new', 'priority=1', 'assigneeId=abc', 'subscriberId=99999999999', `q=${'x'.repeat(101)}`, 'limit=0', 'sort=number']) {
      expect((await client.get(`/tickets?${query}`)).status).toBe(400);
    }
    expect((await client.get('/tickets/counts?status=open')).status).toBe(400);
    expect((await client.get('/tickets/abc')).status).toBe(400);
    // At the limits exactly, accepted.
    const longest = await open(client, subscriberId, { subject: 's'.repeat(TICKET_SUBJECT_MAX), body: 'b'.repeat(TICKET_BODY_MAX) });
    expect(longest.status).toBe(201);
    const after = await counts();
    expect(after).toEqual([before[0] + 1, before[1] + 1, before[2] + 1]);
  });
});

describe('permissions', () => {
  it('refuses each route without its key, naming the key', async () => {
    const owner = await full(AccountType.Reseller);
    const ownerClient = await signIn(owner);
    const subscriberId = await makeSubscriber(db, owner.id);
    const { body: ticket } = await open(ownerClient, subscriberId);
    const calls: [PermissionKey, (c: ApiClient) => Promise<{ status: number; body: { message: string } }>][] = [
      ['ticket_module', (c) => c.get('/tickets')],
      ['ticket_module', (c) => c.get('/tickets/counts')],
      ['ticket_module', (c) => c.get(`/tickets/${ticket.id}`)],
      ['add_ticket', (c) => open(c, subscriberId)],
      ['edit_ticket', (c) => c.patch(`/tickets/${ticket.id}`, { subject: 'New subject' })],
      ['ticket_priority', (c) => c.patch(`/tickets/${ticket.id}`, { priority: 'high' })],
      ['ticket_assign', (c) => c.patch(`/tickets/${ticket.id}`, { assigneeId: null })],
      ['ticket_assign', (c) => c.get(`/tickets/${ticket.id}/assignees`)],
      ['ticket_reply', (c) => c.post(`/tickets/${ticket.id}/replies`, { body: 'Hello' })],
      ['ticket_close', (c) => c.post(`/tickets/${ticket.id}/close`)],
      ['ticket_close', (c) => c.post(`/tickets/${ticket.id}/reopen`)],
      ['delete_ticket', (c) => c.delete(`/tickets/${ticket.id}`)],
    ];
    for (const [key, call] of calls) {
      // A manager of the owner holding every ticket key but this one (ticket_module gates them all: R3's module rule).
      const manager = await makeAccount(db, AccountType.ResellerStaff, {
        parentId: owner.id,
        permissions: TICKET_KEYS.filter((k) => k !== key),
      });
      const res = await call(await signIn(manager));
      expect([key, res.status, res.body.message]).toEqual([key, 403, `Missing permission: ${key}`]);
    }
    expect((await ownerClient.get(`/tickets/${ticket.id}`)).body).toMatchObject({
      subject: 'No connection',
      priority: 'normal',
      assigneeId: null,
      status: 'open',
    });
  });

  it('lets each PATCH field need only its own key: assigning needs ticket_assign, not edit_ticket', async () => {
    const owner = await full(AccountType.Reseller);
    const { body: ticket } = await open(await signIn(owner), await makeSubscriber(db, owner.id));
    const assigner = await makeAccount(db, AccountType.ResellerStaff, { parentId: owner.id, permissions: ['ticket_module', 'ticket_assign'] });
    const client = await signIn(assigner);
    const assigned = await client.patch(`/tickets/${ticket.id}`, { assigneeId: owner.id });
    expect([assigned.status, assigned.body.assigneeId]).toEqual([200, owner.id]);
    const subject = await client.patch(`/tickets/${ticket.id}`, { subject: 'Renamed' });
    expect([subject.status, subject.body.message]).toEqual([403, 'Missing permission: edit_ticket']);
    const reader = await signIn(await makeAccount(db, AccountType.ResellerStaff, { parentId: owner.id, permissions: ['ticket_module'] }));
    const none = await reader.patch(`/tickets/${ticket.id}`, { priority: 'low' });
    expect([none.status, none.body.message]).toEqual([403, 'Missing permission: one of edit_ticket, ticket_priority, ticket_assign']);
    // Only the key the request exercised is noted as used (R15), not the route's first.
    await api.app.get(UsageRecorder).flush();
    const used = await db.query(`SELECT permission FROM permission_usage WHERE account_id = $1 ORDER BY permission`, [assigner.id]);
    expect(used.map((u: { permission: string }) => u.permission)).not.toContain('edit_ticket');
    expect(used.map((u: { permission: string }) => u.permission)).toContain('ticket_assign');
  });

  it('notes ticket_priority and ticket_assign as used when PATCH exercises them', async () => {
    const a = await full(AccountType.Reseller);
    const client = await signIn(a);
    const { body: ticket } = await open(client, await makeSubscriber(db, a.id));
    expect((await client.patch(`/tickets/${ticket.id}`, { priority: 'urgent', assigneeId: a.id })).status).toBe(200);
    await api.app.get(UsageRecorder).flush();
    const used = await db.query(`SELECT permission FROM permission_usage WHERE account_id = $1 ORDER BY permission`, [a.id]);
    expect(used.map((u: { permission: string }) => u.permission)).toEqual(expect.arrayContaining(['ticket_assign', 'ticket_priority']));
  });

  it('a preview of a manager without ticket_module gets 403 on /tickets', async () => {
    const a = await full(AccountType.Reseller);
    const manager = await makeAccount(db, AccountType.ResellerStaff, { parentId: a.id, permissions: ['subscriber_module'] });
    const support = await makeAccount(db, AccountType.ResellerStaff, { parentId: a.id, permissions: ['ticket_module'] });
    const client = await signIn(a);
    const asManager = await client.request('GET', '/tickets', undefined, { 'x-preview-as': `account:${manager.id}` });
    expect([asManager.status, asManager.body.message]).toEqual([403, 'Missing permission: ticket_module']);
    expect((await client.request('GET', '/tickets', undefined, { 'x-preview-as': `account:${support.id}` })).status).toBe(200);
  });
});

describe('R10 scope', () => {
  it('shows each account the tickets of the subscribers it sees, and 404 for the rest, never in lists or counts', async () => {
    const w = await world();
    const seen = { a: [w.tickets.a, w.tickets.s], s: [w.tickets.s], d: [w.tickets.a], t: [w.tickets.a, w.tickets.s], b: [w.tickets.b] };
    for (const [who, expected] of Object.entries(seen) as [keyof typeof seen, number[]][]) {
      const client = w.clients[who];
      expect([who, ids(await client.get('/tickets'))]).toEqual([who, expected.sort((x, y) => x - y)]);
      expect([who, (await client.get('/tickets/counts')).body]).toEqual([who, { open: expected.length, pending: 0, closed: 0 }]);
      expect([who, (await client.get('/dashboard')).body.tickets]).toEqual([who, { open: expected.length, pending: 0, assignedToMe: 0 }]);
      for (const id of Object.values(w.tickets).filter((t) => !expected.includes(t))) {
        const answers = [
          await client.get(`/tickets/${id}`),
          await client.get(`/tickets/${id}/assignees`),
          await client.patch(`/tickets/${id}`, { subject: 'x' }),
          await client.post(`/tickets/${id}/replies`, { body: 'x' }),
          await client.post(`/tickets/${id}/close`),
          await client.post(`/tickets/${id}/reopen`),
          await client.delete(`/tickets/${id}`),
        ];
        expect([who, id, answers.map((r) => r.status)]).toEqual([who, id, Array(7).fill(404)]);
        expect(
          (await client.get(`/tickets?subscriberId=${(await db.query(`SELECT subscriber_id FROM tickets WHERE id = $1`, [id]))[0].subscriber_id}`)).body,
        ).toMatchObject({ items: [], total: 0 });
      }
    }
    // Opening a ticket on a subscriber out of scope: 404, nothing written.
    const before = await countRows('tickets');
    expect((await open(w.clients.d, w.subs.s)).status).toBe(404);
    expect((await open(w.clients.b, w.subs.a)).status).toBe(404);
    expect(await countRows('tickets')).toBe(before);
    expect(
      await countRows(
        `audit_log WHERE action LIKE 'ticket.%' AND target_id IN ('${w.tickets.a}', '${w.tickets.b}', '${w.tickets.s}') AND action <> 'ticket.create'`,
      ),
    ).toBe(0);
  });

  it('filters the list by status, priority, assignee, subscriber and q, and counts per status under the same filters', async () => {
    const a = await full(AccountType.Reseller);
    const client = await signIn(a);
    const [one, two] = [await makeSubscriber(db, a.id), await makeSubscriber(db, a.id)];
    const x = (await open(client, one, { subject: 'Fibre cut on road 5', priority: 'urgent' })).body;
    const y = (await open(client, two, { subject: 'Bill question' })).body;
    const z = (await open(client, two, { subject: 'Router swap', priority: 'low' })).body;
    await client.post(`/tickets/${y.id}/replies`, { body: 'Explained the bill' });
    await client.post(`/tickets/${z.id}/close`);
    await client.patch(`/tickets/${x.id}`, { assigneeId: a.id });
    const list = async (query: string) => ids(await client.get(`/tickets?${query}`));
    expect(await list('status=open')).toEqual([x.id]);
    expect(await list('status=pending')).toEqual([y.id]);
    expect(await list('priority=low')).toEqual([z.id]);
    expect(await list(`assigneeId=${a.id}`)).toEqual([x.id]);
    expect(await list(`subscriberId=${two}`)).toEqual([y.id, z.id]);
    expect(await list('q=fibre')).toEqual([x.id]);
    expect(await list(`q=${y.number}`)).toEqual([y.id]);
    expect((await client.get('/tickets')).body.items.map((t: { id: number }) => t.id)).toEqual([z.id, y.id, x.id]);
    expect((await client.get('/tickets?sort=-updatedAt&limit=1')).body).toMatchObject({ items: [{ id: x.id }], total: 3, nextCursor: expect.any(String) });
    const first = (await client.get('/tickets?limit=2')).body;
    const second = (await client.get(`/tickets?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`)).body;
    expect([...first.items, ...second.items].map((t: { id: number }) => t.id)).toEqual([z.id, y.id, x.id]);
    expect([first.total, second.nextCursor]).toEqual([3, null]);
    expect((await client.get('/tickets/counts')).body).toEqual({ open: 1, pending: 1, closed: 1 });
    expect((await client.get(`/tickets/counts?subscriberId=${two}`)).body).toEqual({ open: 0, pending: 1, closed: 1 });
    expect((await client.get('/dashboard')).body.tickets).toEqual({ open: 1, pending: 1, assignedToMe: 1 });
    const noTickets = await makeAccount(db, AccountType.ResellerStaff, { parentId: a.id, permissions: ['home_subscriber_counter'] });
    expect((await (await signIn(noTickets)).get('/dashboard')).body.tickets).toBeUndefined();
  });

  it('a subscriber moved to another owner takes its tickets along, unassigned from whoever can no longer see them', async () => {
    const w = await world();
    const kept = (await open(w.clients.a, w.subs.a)).body.id;
    expect((await w.clients.a.patch(`/tickets/${w.tickets.a}`, { assigneeId: w.d.id })).status).toBe(200);
    expect((await w.clients.a.patch(`/tickets/${kept}`, { assigneeId: w.a.id })).status).toBe(200);
    expect((await admin.patch(`/subscribers/${w.subs.a}`, { ownerId: w.s.id })).status).toBe(200);
    // Still in A's subtree: A keeps its ticket, its direct manager loses it (and its assignment).
    expect((await w.clients.a.get(`/tickets/${kept}`)).body).toMatchObject({ assigneeId: w.a.id });
    expect((await w.clients.a.get(`/tickets/${w.tickets.a}`)).body).toMatchObject({ assigneeId: null });
    expect((await w.clients.d.get(`/tickets/${w.tickets.a}`)).status).toBe(404);
    expect((await w.clients.s.get(`/tickets/${w.tickets.a}`)).status).toBe(200);
    expect((await w.clients.a.delete(`/tickets/${kept}`)).status).toBe(204);
    expect((await admin.patch(`/subscribers/${w.subs.a}`, { ownerId: w.b.id })).status).toBe(200);
    expect((await w.clients.a.get(`/tickets/${w.tickets.a}`)).status).toBe(404);
    expect((await w.clients.d.post(`/tickets/${w.tickets.a}/replies`, { body: 'x' })).status).toBe(404);
    expect(ids(await w.clients.a.get('/tickets'))).toEqual([w.tickets.s]);
    expect((await w.clients.a.get('/dashboard')).body.tickets.open).toBe(1);
    expect(ids(await w.clients.b.get('/tickets'))).toEqual([w.tickets.a, w.tickets.b].sort((x, y) => x - y));
    expect((await w.clients.b.post(`/tickets/${w.tickets.a}/replies`, { body: 'Taken over' })).status).toBe(201);
    const moves = await db.query(`SELECT changes FROM audit_log WHERE action = 'subscriber.update' AND target_id = $1 ORDER BY id`, [String(w.subs.a)]);
    expect(moves.map((e: { changes: { moved: unknown } }) => e.changes.moved)).toEqual([
      { invoices: 0, payments: 0, ledgerEntries: 0, tickets: 2, ticketsUnassigned: 1, messages: 0 },
      { invoices: 0, payments: 0, ledgerEntries: 0, tickets: 1, messages: 0 },
    ]);
  });
});

describe('assigning', () => {
  it('offers and takes only accounts that can see the subscriber, within the caller’s reach', async () => {
    const w = await world();
    const assignees = (await w.clients.a.get(`/tickets/${w.tickets.a}/assignees`)).body.map((x: { id: number }) => x.id);
    expect(assignees.sort()).toEqual([w.a.id, w.d.id, w.t.id].sort());
    // The sub-reseller's subscriber: its owner, A above it, and A's subtree manager; not A's direct manager.
    const belowS = (await w.clients.a.get(`/tickets/${w.tickets.s}/assignees`)).body.map((x: { id: number }) => x.id);
    expect(belowS.sort()).toEqual([w.a.id, w.s.id, w.t.id].sort());
    expect((await w.clients.a.get(`/tickets/${w.tickets.a}/assignees`)).body[0]).toMatchObject({ id: w.a.id, type: 3, typeName: 'Reseller' });

    const assigned = await w.clients.a.patch(`/tickets/${w.tickets.a}`, { assigneeId: w.d.id });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ assigneeId: w.d.id, assigneeName: expect.any(String) });
    const cannotSee = await w.clients.a.patch(`/tickets/${w.tickets.a}`, { assigneeId: w.s.id });
    expect([cannotSee.status, cannotSee.body.message]).toEqual([400, `assigneeId: account ${w.s.id} cannot see this ticket's subscriber`]);
    expect((await w.clients.a.patch(`/tickets/${w.tickets.a}`, { assigneeId: w.b.id })).status).toBe(404);
    expect((await w.clients.a.patch(`/tickets/${w.tickets.a}`, { assigneeId: 2147483647 })).status).toBe(404);
    await db.query(`UPDATE accounts SET status = 'disabled' WHERE id = $1`, [w.t.id]);
    expect((await w.clients.a.patch(`/tickets/${w.tickets.a}`, { assigneeId: w.t.id })).status).toBe(400);
    expect((await w.clients.d.get('/dashboard')).body.tickets.assignedToMe).toBe(1);
    expect((await w.clients.a.patch(`/tickets/${w.tickets.a}`, { assigneeId: null })).body).toMatchObject({ assigneeId: null, assigneeName: null });
    const changes = await db.query(`SELECT changes FROM audit_log WHERE action = 'ticket.update' AND target_id = $1 ORDER BY id`, [String(w.tickets.a)]);
    expect(changes.map((c: { changes: unknown }) => c.changes)).toEqual([
      { before: { assigneeId: null }, after: { assigneeId: w.d.id } },
      { before: { assigneeId: w.d.id }, after: { assigneeId: null } },
    ]);
  });
});

describe('the thread, closing, reopening and deleting', () => {
  it('keeps the thread oldest first; a reply makes an open ticket pending; a closed one takes no reply until reopened', async () => {
    const a = await full(AccountType.Reseller);
    const client = await signIn(a);
    const { body: ticket } = await open(client, await makeSubscriber(db, a.id));
    for (const body of ['First answer', 'Second answer', 'Third answer']) {
      const reply = await client.post(`/tickets/${ticket.id}/replies`, { body });
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({ ticketId: ticket.id, authorId: a.id, body });
    }
    const thread = (await client.get(`/tickets/${ticket.id}`)).body;
    expect(thread.status).toBe('pending');
    expect(thread.replies.map((r: { body: string }) => r.body)).toEqual(['Red light on the router', 'First answer', 'Second answer', 'Third answer']);

    const closed = await client.post(`/tickets/${ticket.id}/close`);
    expect([closed.status, closed.body.status]).toEqual([200, 'closed']);
    expect((await client.post(`/tickets/${ticket.id}/close`)).status).toBe(409);
    const refused = await client.post(`/tickets/${ticket.id}/replies`, { body: 'Late' });
    expect([refused.status, refused.body.message]).toEqual([409, `Ticket ${ticket.number} is closed: reopen it to reply`]);
    const reopened = await client.post(`/tickets/${ticket.id}/reopen`);
    expect([reopened.status, reopened.body.status]).toEqual([200, 'open']);
    expect((await client.post(`/tickets/${ticket.id}/reopen`)).status).toBe(409);
    const audit = await db.query(`SELECT action, changes FROM audit_log WHERE target_type = 'ticket' AND target_id = $1 ORDER BY id`, [String(ticket.id)]);
    expect(audit.map((e: { action: string }) => e.action)).toEqual([
      'ticket.create',
      'ticket.reply',
      'ticket.reply',
      'ticket.reply',
      'ticket.close',
      'ticket.reopen',
    ]);
    expect(audit[1].changes).toMatchObject({ body: 'First answer', before: { status: 'open' }, after: { status: 'pending' } });
    expect(audit[4].changes).toEqual({ before: { status: 'pending' }, after: { status: 'closed' } });
  });

  it('deletes a ticket with its thread, audited with what it was; the subscriber with tickets cannot be deleted before', async () => {
    const a = await full(AccountType.Reseller);
    const client = await signIn(a);
    const subscriberId = await makeSubscriber(db, a.id);
    const { body: ticket } = await open(client, subscriberId);
    const kept = await client.delete(`/subscribers/${subscriberId}`);
    expect([kept.status, kept.body.message]).toEqual([409, 'Not Eligible To Delete: the subscriber has tickets']);
    expect((await client.delete(`/tickets/${ticket.id}`)).status).toBe(204);
    expect((await client.get(`/tickets/${ticket.id}`)).status).toBe(404);
    expect(await countRows(`ticket_replies WHERE ticket_id = ${ticket.id}`)).toBe(0);
    const [entry] = await db.query(`SELECT changes FROM audit_log WHERE action = 'ticket.delete' AND target_id = $1`, [String(ticket.id)]);
    expect(entry.changes).toMatchObject({ before: { number: ticket.number, subject: 'No connection', status: 'open' }, replies: 1 });
    expect((await client.delete(`/subscribers/${subscriberId}`)).status).toBe(204);
  });

  it('writes nothing of a change whose audit entry fails (one transaction)', async () => {
    const a = await full(AccountType.Reseller);
    const client = await signIn(a);
    const subscriberId = await makeSubscriber(db, a.id);
    const { body: ticket } = await open(client, subscriberId);
    const state = async () => [
      await db.query(`SELECT subject, priority, status, assignee_id, updated_at FROM tickets WHERE id = $1`, [ticket.id]),
      await countRows('tickets'),
      await countRows('ticket_replies'),
      (await db.query(`SELECT last_number FROM ticket_counters WHERE branch_id = 1`))[0],
    ];
    const before = await state();
    await db.query(
      `CREATE FUNCTION fail_ticket_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.action LIKE 'ticket.%' THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$`,
    );
    await db.query(`CREATE TRIGGER fail_ticket_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION fail_ticket_audit()`);
    try {
      const answers = [
        await open(client, subscriberId),
        await client.patch(`/tickets/${ticket.id}`, { subject: 'Changed', priority: 'high', assigneeId: a.id }),
        await client.post(`/tickets/${ticket.id}/replies`, { body: 'Lost' }),
        await client.post(`/tickets/${ticket.id}/close`),
        await client.delete(`/tickets/${ticket.id}`),
      ];
      expect(answers.map((r) => r.status)).toEqual(Array(5).fill(500));
    } finally {
      await db.query(`DROP TRIGGER fail_ticket_audit ON audit_log; DROP FUNCTION fail_ticket_audit()`);
    }
    expect(await state()).toEqual(before);
  });
});
