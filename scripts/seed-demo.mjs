// Demo data for `pnpm start`, created through the HTTP API itself (so every rule and audit entry applies):
// an Admin with staff, two resellers each with a sub-reseller and a retailer, a manager at every level,
// packages, message templates, a few hundred subscribers, this month's invoices and payments, and some tickets with
// replies. Does nothing if the demo is already there.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { allowedKeysForType, PREDEFINED_PERMISSIONS } = createRequire(import.meta.url)(path.join(root, 'libs/access/dist/index.js'));

export const DEMO_PASSWORD = 'demo-password';
const FIRST_NAMES = ['Karim', 'Nadia', 'Rahim', 'Sadia', 'Tanvir', 'Farzana', 'Imran', 'Ayesha', 'Habib', 'Mitu', 'Jamal', 'Ruma'];
const LAST_NAMES = ['Ahmed', 'Hossain', 'Rahman', 'Islam', 'Khan', 'Chowdhury', 'Sarkar', 'Das'];
const COMPLAINTS = [
  ['No internet since morning', 'The router shows a red LOS light since 8 am.', 'urgent'],
  ['Slow speed in the evening', 'Speed drops below 2 Mbps after 9 pm every day.', 'high'],
  ['Wants to change package', 'Asks to move to a faster package from next month.', 'low'],
  ['Bill looks wrong', 'Says this month was charged twice.', 'normal'],
];
const ANSWERS = ['A technician will visit today.', 'We checked the line and reset the port; please restart the router.'];

export async function seedDemo(apiUrl, admin) {
  const call = async (token, method, url, body) => {
    const res = await fetch(`${apiUrl}${url}`, {
      method,
      headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...(token && { authorization: `Bearer ${token}` }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = res.status === 204 ? null : await res.json();
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const login = async (email, password = DEMO_PASSWORD) => (await call(null, 'POST', '/auth/login', { email, password })).accessToken;
  const logins = [{ who: 'Admin (superadmin)', email: admin.email, password: admin.password }];
  const demo = (who, email) => logins.push({ who, email, password: DEMO_PASSWORD });

  const probe = await fetch(`${apiUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'reseller.a@demo.tiergate', password: DEMO_PASSWORD }),
  });
  const already = probe.ok;

  const adminToken = await login(admin.email, admin.password);
  const role = async (token, name, type, permissions) => {
    const created = await call(token, 'POST', '/roles', { name, type });
    await call(token, 'PUT', `/roles/${created.id}/permissions`, { permissions });
    return created.id;
  };
  const account = (token, body) => call(token, 'POST', '/users', { password: DEMO_PASSWORD, ...body });

  if (!already) {
    const packages = [];
    for (const [name, price, description] of [
      ['Home 10', 500, '10 Mbps'],
      ['Home 20', 800, '20 Mbps'],
      ['Home 50', 1200, '50 Mbps'],
      ['Business 100', 3000, '100 Mbps, static IP'],
    ]) {
      packages.push((await call(adminToken, 'POST', '/packages', { name, price, validityDays: 30, description })).id);
    }
    const templates = [];
    for (const [name, body] of [
      ['Expiry reminder', 'Dear {{name}}, your internet ({{username}}) expires on {{expiresAt}}. Please renew to stay connected.'],
      ['Payment due', 'Dear {{name}}, your balance is {{balance}}. Please pay at your earliest convenience.'],
    ]) {
      templates.push((await call(adminToken, 'POST', '/message-templates', { name, body })).id);
    }
    const supportRole = await role(adminToken, 'Support Staff', 2, [...PREDEFINED_PERMISSIONS[2]]);
    await account(adminToken, { name: 'Sumon Support', email: 'support@demo.tiergate', type: 2, roleId: supportRole });
    const resellerRole = await role(adminToken, 'Reseller', 3, allowedKeysForType(3));
    const owners = [];
    for (const side of ['a', 'b']) {
      const reseller = await account(adminToken, {
        name: `Reseller ${side.toUpperCase()}`,
        email: `reseller.${side}@demo.tiergate`,
        phone: '+8801700000000',
        type: 3,
        roleId: resellerRole,
      });
      const resellerToken = await login(reseller.email);
      const subRole = await role(
        resellerToken,
        `Subreseller ${side}`,
        4,
        allowedKeysForType(3).filter((k) => allowedKeysForType(4).includes(k)),
      );
      const resellerDesk = await role(resellerToken, `Desk ${side}`, 6, [...PREDEFINED_PERMISSIONS[6]]);
      await account(resellerToken, {
        name: `Manager of reseller ${side.toUpperCase()}`,
        email: `manager.reseller.${side}@demo.tiergate`,
        type: 6,
        roleId: resellerDesk,
      });
      const sub = await account(resellerToken, {
        name: `Subreseller ${side.toUpperCase()}`,
        email: `subreseller.${side}@demo.tiergate`,
        type: 4,
        roleId: subRole,
      });
      const subToken = await login(sub.email);
      const retailerRole = await role(
        subToken,
        `Retailer ${side}`,
        5,
        (await call(subToken, 'GET', '/me')).permissions.filter((k) => allowedKeysForType(5).includes(k)),
      );
      const subDesk = await role(subToken, `Sub desk ${side}`, 7, [...PREDEFINED_PERMISSIONS[7]]);
      await account(subToken, {
        name: `Manager of subreseller ${side.toUpperCase()}`,
        email: `manager.subreseller.${side}@demo.tiergate`,
        type: 7,
        roleId: subDesk,
      });
      const retailer = await account(subToken, {
        name: `Retailer ${side.toUpperCase()}`,
        email: `retailer.${side}@demo.tiergate`,
        type: 5,
        roleId: retailerRole,
      });
      const retailerToken = await login(retailer.email);
      const retailDesk = await role(retailerToken, `Retail desk ${side}`, 8, [...PREDEFINED_PERMISSIONS[8]]);
      await account(retailerToken, {
        name: `Manager of retailer ${side.toUpperCase()}`,
        email: `manager.retailer.${side}@demo.tiergate`,
        type: 8,
        roleId: retailDesk,
      });
      owners.push([reseller.id, 60], [sub.id, 40], [retailer.id, 30]);
    }
    owners.push([(await call(adminToken, 'GET', '/me')).id, 40]);
    let n = 0;
    const jobs = owners.flatMap(([ownerId, count]) => Array.from({ length: count }, () => ownerId));
    for (let i = 0; i < jobs.length; i += 20) {
      await Promise.all(
        jobs.slice(i, i + 20).map(async (ownerId) => {
          const k = ++n;
          const created = await call(adminToken, 'POST', '/subscribers', {
            username: `demo${String(k).padStart(4, '0')}`,
            name: `${FIRST_NAMES[k % FIRST_NAMES.length]} ${LAST_NAMES[k % LAST_NAMES.length]}`,
            phone: `+88017${String(10000000 + k).slice(-8)}`,
            address: `House ${k}, Road ${(k % 27) + 1}, Dhaka`,
            packageId: packages[k % packages.length],
            ownerId,
          });
          // A complaint for some: answered, and some of those settled and closed.
          if (k % 9 === 0) {
            const [subject, body, priority] = COMPLAINTS[(k / 9) % COMPLAINTS.length];
            const ticket = await call(adminToken, 'POST', `/subscribers/${created.id}/tickets`, { subject, body, priority });
            if (k % 2 === 0) await call(adminToken, 'POST', `/tickets/${ticket.id}/replies`, { body: ANSWERS[k % ANSWERS.length] });
            if (k % 4 === 0) await call(adminToken, 'POST', `/tickets/${ticket.id}/close`);
          }
          if (k % 11 === 0) return call(adminToken, 'POST', `/subscribers/${created.id}/suspend`);
          // This month's bill for most customers, mostly paid (cash at the counter, some by mobile), a few in part.
          if (k % 5 === 0) return;
          const invoice = await call(adminToken, 'POST', `/subscribers/${created.id}/invoices`, {});
          if (k % 7 === 0) return;
          const amount = k % 13 === 0 ? (Number(invoice.amount) / 2).toFixed(2) : invoice.amount;
          await call(adminToken, 'POST', `/subscribers/${created.id}/payments`, { amount, method: k % 3 === 0 ? 'mobile' : 'cash', invoiceId: invoice.id });
        }),
      );
    }
    // Messages History has something to show: "Payment due" to the suspended customers (the worker sends it).
    await call(adminToken, 'POST', '/messages', { filter: { status: 'suspended' }, templateId: templates[1] });
  }
  demo('Admin staff (support desk)', 'support@demo.tiergate');
  for (const side of ['a', 'b']) {
    demo(`Reseller ${side.toUpperCase()}`, `reseller.${side}@demo.tiergate`);
    demo(`  its manager`, `manager.reseller.${side}@demo.tiergate`);
    demo(`  Subreseller ${side.toUpperCase()}`, `subreseller.${side}@demo.tiergate`);
    demo(`    its manager`, `manager.subreseller.${side}@demo.tiergate`);
    demo(`    Retailer ${side.toUpperCase()}`, `retailer.${side}@demo.tiergate`);
    demo(`      its manager`, `manager.retailer.${side}@demo.tiergate`);
  }
  return logins;
}
