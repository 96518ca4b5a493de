// The data set of the list benchmark (bench/lists.mjs): 1,000 roles the Admin sees (R7), 200 accounts, and a few
// thousand subscribers with their invoices, payments, tickets, messages and audit entries, all in the Admin's branch.
export const ROLES = 1000;
export const SUBSCRIBERS = 5000;

export async function generateListData(db) {
  await db.query(
    `INSERT INTO roles (branch_id, name, display_name, type, owner_id, defaults_status)
     SELECT 1, 'branch-listrole' || g, 'List role ' || g, 2 + g % 2, 1, 'applied' FROM generate_series(1, $1 - 1) g`,
    [ROLES],
  );
  await db.query(
    `INSERT INTO role_permissions (role_id, permission)
     SELECT r.id, k FROM roles r, unnest(ARRAY['subscriber_module','subscriber_profile','payment_module','invoice_module']) k
      WHERE r.name LIKE 'branch-listrole%'`,
  );
  await db.query(
    `INSERT INTO accounts (branch_id, type, name, email, password_hash, parent_id, path, role_id)
     SELECT 1, 3, 'Reseller ' || g, 'reseller' || g || '@bench.test', 'x', 1, '', (SELECT min(id) FROM roles WHERE type = 3 AND name LIKE 'branch-listrole%')
       FROM generate_series(1, 200) g`,
  );
  await db.query(`UPDATE accounts SET path = '/1/' || id || '/', principal_id = id WHERE path = ''`);
  await db.query(
    `INSERT INTO subscribers (username, name, phone, address, owner_id, owner_path, status, expires_at, created_at)
     SELECT 'list' || g, 'Subscriber ' || g, '017' || lpad(g::text, 8, '0'), 'House ' || g || ', Road 3', 1, '/1/',
            (ARRAY['active','suspended','expired'])[1 + g % 3], now() + (g % 60 - 20) * interval '1 day', now() - g * interval '1 minute'
       FROM generate_series(1, $1) g`,
    [SUBSCRIBERS],
  );
  await db.query(
    `INSERT INTO invoices (branch_id, number, subscriber_id, owner_id, owner_path, period, amount, paid, status, due_at)
     SELECT 1, 'INV-' || lpad(s.id::text, 6, '0'), s.id, 1, '/1/', '2026-11', 500, CASE WHEN s.id % 2 = 0 THEN 500 ELSE 0 END,
            CASE WHEN s.id % 2 = 0 THEN 'paid' ELSE 'open' END, now() + interval '10 days'
       FROM subscribers s`,
  );
  await db.query(
    `INSERT INTO payments (subscriber_id, owner_id, owner_path, invoice_id, amount, method, reference, received_by)
     SELECT i.subscriber_id, 1, '/1/', i.id, 500, (ARRAY['cash','bank','mobile','card','other'])[1 + i.id % 5], 'ref-' || i.id, 1
       FROM invoices i WHERE i.status = 'paid'`,
  );
  await db.query(
    `INSERT INTO tickets (branch_id, number, subscriber_id, owner_id, owner_path, subject, priority, status, created_by)
     SELECT 1, 'T-' || lpad(s.id::text, 6, '0'), s.id, 1, '/1/', 'No connection since morning ' || s.id,
            (ARRAY['low','normal','high','urgent'])[1 + s.id % 4], (ARRAY['open','pending','closed'])[1 + s.id % 3], 1
       FROM subscribers s WHERE s.id % 2 = 0`,
  );
  await db.query(
    `INSERT INTO messages (job_id, subscriber_id, owner_id, owner_path, to_phone, body, status, provider, sent_by, sent_at)
     SELECT 'bench-job', s.id, 1, '/1/', s.phone, 'Dear ' || s.name || ', your package expires soon.', 'sent', 'outbox', 1, now()
       FROM subscribers s`,
  );
  await db.query(
    `INSERT INTO audit_log (actor_id, actor_name, actor_type, principal_id, principal_path, ip, user_agent, action,
                            target_type, target_id, target_label, changes, target_path, reach_path)
     SELECT 1, 'Admin', 1, 1, '/1/', '127.0.0.1', 'bench', 'subscriber.suspend', 'subscriber', s.id::text, s.username,
            '{"before":{"status":"active"},"after":{"status":"suspended"}}'::jsonb, '/1/', '/1/'
       FROM subscribers s`,
  );
  await db.query(`VACUUM ANALYZE`);
}
