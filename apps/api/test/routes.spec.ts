import { Reflector } from '@nestjs/core';
import { AccessGuard } from '../src/access/access.guard';
import { AuthzService } from '../src/access/authz.service';
import { FairShare } from '../src/access/fair-share';
import { PreviewService } from '../src/access/preview.service';
import { UsageRecorder } from '../src/access/usage-recorder';
import { controllerRoutes } from './support/controller-routes';
import { openApi, TestApi } from './support/harness';
import { ACCESS_RULE, AccessRule } from '../src/access/access-rule.decorator';
import { OPENAPI_SNAPSHOT } from '../src/openapi/document';
import { readFileSync } from 'node:fs';

let api: TestApi;
beforeAll(async () => {
  ({ api } = await openApi({}, { admin: false }));
});
afterAll(() => api.close());

function describe(rule: AccessRule | undefined): string {
  if (!rule) return 'NONE';
  if (rule.kind === 'permission') return rule.key;
  if (rule.kind === 'anyPermission') return `${rule.byField ? 'by field, ' : ''}any of ${rule.keys.join(', ')}`;
  if (rule.kind === 'allPermissions') return `all of ${rule.keys.join(', ')}`;
  if (rule.kind === 'accountType') return `type ${rule.type}`;
  return rule.kind;
}

/** Every route of the application with what it declares; a route without a declaration would read "NONE". */
function declaredRoutes(): string[] {
  return controllerRoutes(api.app)
    .map(({ method, url, handler, controller }) => {
      const rule: AccessRule | undefined = Reflect.getMetadata(ACCESS_RULE, handler) ?? Reflect.getMetadata(ACCESS_RULE, controller);
      return `${method} ${url} -> ${describe(rule)}`;
    })
    .sort();
}

it('every route declares its permission, as listed here', () => {
  expect(declaredRoutes()).toEqual([
    'DELETE /api/invoices/:id -> delete_invoice',
    'DELETE /api/message-templates/:id -> sms_template',
    'DELETE /api/packages/:id -> delete_package',
    'DELETE /api/payments/:id -> delete_payment',
    'DELETE /api/roles/:id -> delete_role',
    'DELETE /api/subscribers/:id -> delete_subscriber',
    'DELETE /api/tickets/:id -> delete_ticket',
    'DELETE /api/users/:id -> delete_user',
    'GET /api/audit -> activity_log',
    'GET /api/dashboard -> authenticated',
    'GET /api/events -> authenticated',
    'GET /api/health -> public',
    'GET /api/invoices -> invoice_module',
    'GET /api/invoices/jobs/:jobId -> generate_invoice',
    'GET /api/ledger -> ledger_module',
    'GET /api/me -> authenticated',
    'GET /api/message-templates -> any of sms_template, send_sms',
    'GET /api/messages -> sms_history',
    'GET /api/messages/jobs/:jobId -> send_sms',
    'GET /api/packages -> any of package_module, add_subscriber, subscriber_package_change',
    'GET /api/payments -> payment_module',
    'GET /api/permissions -> authenticated',
    'GET /api/preview -> authenticated',
    'GET /api/reports/summary -> reports_module',
    'GET /api/reports/summary.csv -> reports_module',
    'GET /api/roles -> role_module',
    'GET /api/roles/:id -> role_module',
    'GET /api/roles/:id/export -> role_module',
    'GET /api/roles/:id/history -> role_module',
    'GET /api/roles/:id/review -> role_module',
    'GET /api/roles/compare -> role_module',
    'GET /api/settings/messages -> sms_settings',
    'GET /api/settings/modules -> type 1',
    'GET /api/subscribers -> subscriber_module',
    'GET /api/subscribers/:id -> subscriber_profile',
    'GET /api/subscribers/:id/activity -> subscriber_activity_log',
    'GET /api/subscribers/:id/notes -> subscriber_notes',
    'GET /api/tickets -> ticket_module',
    'GET /api/tickets/:id -> ticket_module',
    'GET /api/tickets/:id/assignees -> ticket_assign',
    'GET /api/tickets/counts -> ticket_module',
    'GET /api/users -> user_module',
    'GET /api/users/:id -> user_profile',
    'GET /api/users/:id/effective-permissions -> user_profile',
    'GET /api/users/:id/review -> user_profile',
    'PATCH /api/invoices/:id -> edit_invoice',
    'PATCH /api/me -> edit_my_profile',
    'PATCH /api/message-templates/:id -> sms_template',
    'PATCH /api/packages/:id -> edit_package',
    'PATCH /api/roles/:id -> edit_role',
    'PATCH /api/subscribers/:id -> edit_subscriber',
    'PATCH /api/tickets/:id -> by field, any of edit_ticket, ticket_priority, ticket_assign',
    'PATCH /api/users/:id -> edit_user',
    'POST /api/auth/login -> public',
    'POST /api/auth/logout -> authenticated',
    'POST /api/auth/refresh -> public',
    'POST /api/invoices/generate-monthly -> generate_invoice',
    'POST /api/me/password -> my_profile_change_password',
    'POST /api/message-templates -> sms_template',
    'POST /api/messages -> send_sms',
    'POST /api/messages/count -> send_sms',
    'POST /api/packages -> add_package',
    'POST /api/roles -> add_role',
    'POST /api/roles/:id/copy -> copy_role',
    'POST /api/roles/import -> all of add_role, set_role_permission',
    'POST /api/subscribers -> add_subscriber',
    'POST /api/subscribers/:id/extend -> subscriber_expiry_extend',
    'POST /api/subscribers/:id/invoices -> subscriber_invoice',
    'POST /api/subscribers/:id/notes -> subscriber_notes',
    'POST /api/subscribers/:id/package -> subscriber_package_change',
    'POST /api/subscribers/:id/payments -> subscriber_payment',
    'POST /api/subscribers/:id/reconnect -> subscriber_reconnection',
    'POST /api/subscribers/:id/suspend -> subscriber_disconnection',
    'POST /api/subscribers/:id/tickets -> add_ticket',
    'POST /api/tickets/:id/close -> ticket_close',
    'POST /api/tickets/:id/reopen -> ticket_close',
    'POST /api/tickets/:id/replies -> ticket_reply',
    'POST /api/users -> add_user',
    'POST /api/users/:id/balance -> add_balance',
    'PUT /api/roles/:id/permissions -> set_role_permission',
    'PUT /api/settings/messages -> sms_settings',
    'PUT /api/settings/modules -> type 1',
    'PUT /api/users/:id/permissions -> change_user_role',
    'PUT /api/users/:id/role -> change_user_role',
  ]);
});

/** What the document says a route's success answers are: a JSON schema (which serializes it) or what else. */
function successAnswers(): string[] {
  const document = JSON.parse(readFileSync(OPENAPI_SNAPSHOT, 'utf8')) as {
    paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }>>;
  };
  return controllerRoutes(api.app).flatMap(({ method, url }) => {
    const responses = document.paths[url.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()]?.responses ?? {};
    const success = Object.entries(responses).filter(([status]) => status.startsWith('2'));
    if (!success.length) return [`${method} ${url}: no success answer`];
    return success.flatMap(([status, { content }]) => {
      if (content?.['application/json']?.schema) return [];
      return [`${method} ${url} ${status}: ${content ? Object.keys(content).join(', ') : 'no body'}`];
    });
  });
}

it('every success answer of every route has a JSON schema (which serializes it), but for these', () => {
  expect(successAnswers().sort()).toEqual([
    'DELETE /api/message-templates/:id 204: no body',
    'DELETE /api/packages/:id 204: no body',
    'DELETE /api/payments/:id 204: no body',
    'DELETE /api/roles/:id 204: no body',
    'DELETE /api/subscribers/:id 204: no body',
    'DELETE /api/tickets/:id 204: no body',
    'DELETE /api/users/:id 204: no body',
    'GET /api/events 200: text/event-stream',
    'GET /api/reports/summary.csv 200: text/csv',
    'POST /api/auth/logout 204: no body',
    'POST /api/me/password 204: no body',
  ]);
});

it('denies a route that declares nothing', async () => {
  const guard = new AccessGuard(new Reflector(), api.app.get(AuthzService), api.app.get(PreviewService), api.app.get(UsageRecorder), api.app.get(FairShare));
  const undeclared = {
    getHandler: () => function undeclared() {},
    getClass: () => class Undeclared {},
    switchToHttp: () => ({ getRequest: () => ({ headers: {} }) }),
  };
  await expect(guard.canActivate(undeclared as never)).rejects.toThrow('This route declares no permission and is closed');
});
