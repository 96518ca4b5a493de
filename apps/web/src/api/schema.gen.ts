// Generated from apps/api/openapi.json by apps/web/scripts/api-types.mjs (openapi-typescript): do not edit.
// The panel's build and typecheck regenerate it; after an API change, `pnpm api-contract` (openapi.json, then this).
export interface paths {
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The action log, newest first (R12) */
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out: end this session */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Renew the token pair */
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The counters of the caller's home page */
    get: operations['DashboardController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Server-sent events about the caller’s own access
     * @description `event: access` when its effective permissions, role, status or a module switch changed (fetch GET /me again); `event: ended` with `{code, message}` when its session ended (SESSION_ENDED, ACCOUNT_DISABLED), then the stream closes; `event: replaced` when a newer stream of the account closed this one (at most 5 per account). A comment every 20 s keeps it open.
     */
    get: operations['EventsController_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the database and Redis answer */
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invoices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Invoices in the caller's scope (R10) */
    get: operations['InvoicesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invoices/generate-monthly': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bill every active subscriber in the caller's scope for a period */
    post: operations['InvoicesController_generate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invoices/jobs/{jobId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The state of a billing run */
    get: operations['InvoicesController_job'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invoices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Void an invoice */
    delete: operations['InvoicesController_void'];
    options?: never;
    head?: never;
    /** Change an invoice's amount or due date */
    patch: operations['InvoicesController_update'];
    trace?: never;
  };
  '/api/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Balance movements in the caller's scope */
    get: operations['LedgerController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in account and its effective permissions */
    get: operations['MeController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change my name or phone */
    patch: operations['MeController_update'];
    trace?: never;
  };
  '/api/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change my password */
    post: operations['MeController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/message-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The branch's message templates */
    get: operations['MessagesController_templateList'];
    put?: never;
    /** Create a message template */
    post: operations['MessagesController_createTemplate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/message-templates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a message template (reminders using it stop until another is chosen) */
    delete: operations['MessagesController_removeTemplate'];
    options?: never;
    head?: never;
    /** Change a message template */
    patch: operations['MessagesController_updateTemplate'];
    trace?: never;
  };
  '/api/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messages to the subscribers in the caller's scope (R10), newest first */
    get: operations['MessagesController_list'];
    put?: never;
    /** Send a message to subscribers, or to a group in the caller's scope, as a worker job */
    post: operations['MessagesController_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/messages/count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** How many subscribers a send would reach now, in the caller's scope (R10), and how many of them have no phone */
    post: operations['MessagesController_count'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/messages/jobs/{jobId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The state of a send */
    get: operations['MessagesController_job'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/packages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every package */
    get: operations['PackagesController_list'];
    put?: never;
    /** Create a package */
    post: operations['PackagesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/packages/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a package no subscriber is on */
    delete: operations['PackagesController_remove'];
    options?: never;
    head?: never;
    /** Change a package */
    patch: operations['PackagesController_update'];
    trace?: never;
  };
  '/api/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payments in the caller's scope (R10) */
    get: operations['PaymentsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Void a payment */
    delete: operations['PaymentsController_void'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/permissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The permission catalog: modules and their keys */
    get: operations['PermissionsController_catalog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Open a preview: GET /me as that account or role would get it (R15)
     * @description Read only and capped by the caller's own permissions and customers; audited `preview.open`. The panel then sends `x-preview-as: account:<id>` or `role:<id>` with its own token on every request of the preview: each answers as the previewed account would be answered within the same caps, and anything but GET or HEAD is 403 `PREVIEW_READ_ONLY`.
     */
    get: operations['PreviewController_open'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Takings, invoices and subscribers of the caller's scope over a period */
    get: operations['ReportsController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/summary.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The summary as CSV */
    get: operations['ReportsController_summaryCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The roles the caller can see (R7) */
    get: operations['RolesController_list'];
    put?: never;
    /** Create a role */
    post: operations['RolesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roles/compare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Two roles, or two versions of roles, as keys only in a, only in b, and in both */
    get: operations['RoleHistoryController_compare'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roles/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create roles from exported JSON: all of them or none (R1, R2, R6, R7) */
    post: operations['RoleHistoryController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A role with its permissions */
    get: operations['RolesController_get'];
    put?: never;
    post?: never;
    /** Delete a role no account holds */
    delete: operations['RolesController_remove'];
    options?: never;
    head?: never;
    /** Rename a role */
    patch: operations['RolesController_rename'];
    trace?: never;
  };
  '/api/roles/{id}/copy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Copy a role with its permissions */
    post: operations['RolesController_copy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roles/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A role as JSON, its permissions by key */
    get: operations['RoleHistoryController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roles/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A role's versions: each change of its permissions or name, newest first */
    get: operations['RoleHistoryController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roles/{id}/permissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace a role's permissions */
    put: operations['RolesController_setPermissions'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roles/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A role's keys used and not used in the last `days` days by the accounts holding it */
    get: operations['AccessReviewController_ofRole'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settings/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The message provider and expiry reminders (the gateway token is never answered) */
    get: operations['MessagesController_getSettings'];
    /** Set the message provider and expiry reminders */
    put: operations['MessagesController_putSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settings/modules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every module and whether it is on */
    get: operations['SettingsController_modules'];
    /** Switch a module on or off for the whole installation */
    put: operations['SettingsController_switchModule'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/subscribers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Subscribers in the caller's scope (R10) */
    get: operations['SubscribersController_list'];
    put?: never;
    /** Create a subscriber */
    post: operations['SubscribersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/subscribers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A subscriber */
    get: operations['SubscribersController_get'];
    put?: never;
    post?: never;
    /** Delete a subscriber without invoices or payments */
    delete: operations['SubscribersController_remove'];
    options?: never;
    head?: never;
    /** Change a subscriber, or move it to another operator */
    patch: operations['SubscribersController_update'];
    trace?: never;
  };
  '/api/subscribers/{id}/activity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A subscriber's entries in the action log (R12) */
    get: operations['SubscribersController_activity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/subscribers/{id}/extend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Extend a subscriber's expiry by some days */
    post: operations['SubscribersController_extend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/subscribers/{id}/invoices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invoice a subscriber for a period */
    post: operations['InvoicesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/subscribers/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A subscriber's notes, newest first */
    get: operations['SubscribersController_notes'];
    put?: never;
    /** Add a note to a subscriber */
    post: operations['SubscribersController_addNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/subscribers/{id}/package': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Put a subscriber on another package */
    post: operations['SubscribersController_changePackage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/subscribers/{id}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a subscriber's payment */
    post: operations['PaymentsController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/subscribers/{id}/reconnect': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reconnect a suspended subscriber */
    post: operations['SubscribersController_reconnect'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/subscribers/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend a subscriber */
    post: operations['SubscribersController_suspend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/subscribers/{id}/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open a ticket on a subscriber, with its first message */
    post: operations['TicketsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tickets of the subscribers in the caller's scope (R10) */
    get: operations['TicketsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many tickets of each status match the filters in the caller's scope (R10) */
    get: operations['TicketsController_counts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A ticket with its thread, oldest reply first */
    get: operations['TicketsController_get'];
    put?: never;
    post?: never;
    /** Delete a ticket and its thread */
    delete: operations['TicketsController_remove'];
    options?: never;
    head?: never;
    /** Change a ticket's subject (edit_ticket), priority (ticket_priority) or assignee (ticket_assign) */
    patch: operations['TicketsController_update'];
    trace?: never;
  };
  '/api/tickets/{id}/assignees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The accounts a ticket may be assigned to: those that can see its subscriber, within the caller's reach */
    get: operations['TicketsController_assignees'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a ticket */
    post: operations['TicketsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reopen a closed ticket */
    post: operations['TicketsController_reopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/replies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reply at the end of a ticket's thread; an open ticket becomes pending */
    post: operations['TicketsController_reply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accounts the caller manages (R11) */
    get: operations['UsersController_list'];
    put?: never;
    /** Create an account */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An account */
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    /** Delete an account that owns nothing */
    delete: operations['UsersController_remove'];
    options?: never;
    head?: never;
    /** Change an account's name, phone, status or scope */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/users/{id}/balance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Top up or deduct an operator's prepaid balance */
    post: operations['BalancesController_change'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/effective-permissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An account's effective permissions, each explained */
    get: operations['UsersController_effective'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/permissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace an account's own grants and revokes */
    put: operations['UsersController_setPermissions'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An account's effective keys used and not used in the last `days` days */
    get: operations['AccessReviewController_ofAccount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/role': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Give an account another role */
    put: operations['UsersController_setRole'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AccessReview: {
      days: number;
      unused: components['schemas']['UnusedKey'][];
      used: components['schemas']['UsedKey'][];
    };
    AccountPage: {
      items: components['schemas']['AccountResponse'][];
      /** @description Accounts matching the filters, over all pages */
      total: number;
    };
    AccountResponse: {
      /**
       * @description Resellers, sub-resellers and retailers (types 3-5) only
       * @example 1250.00
       */
      balance?: string;
      /** Format: date-time */
      createdAt: string;
      email: string;
      /**
       * @description R15: the grants that expire, each with the moment it stops counting
       * @example {
       *       "add_subscriber": "2026-12-31T18:00:00.000Z"
       *     }
       */
      grantExpiry: {
        [key: string]: string;
      };
      grants: components['schemas']['PermissionKey'][];
      id: number;
      name: string;
      parentId: number | null;
      phone: string | null;
      principalId: number;
      revokes: components['schemas']['PermissionKey'][];
      role: components['schemas']['AccountRoleView'];
      /** @enum {string} */
      scope: 'direct' | 'subtree';
      /** @enum {string} */
      status: 'active' | 'disabled';
      /** @enum {integer} */
      type: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
      typeName: string;
    };
    AccountRoleView: {
      id: number;
      name: string;
    };
    AccountingCounters: {
      /** @example 1250.00 */
      monthTakings: string;
      /** @example 1250.00 */
      openAmount: string;
      openInvoices: number;
      /** @example 1250.00 */
      todayTakings: string;
    };
    AddNoteDto: {
      /** @example Router replaced on site */
      body: string;
    };
    AddReplyDto: {
      /** @example The customer reports the router shows a red light. */
      body: string;
    };
    AuditEntryResponse: {
      /** @example role.create */
      action: string;
      actorId: number | null;
      actorName: string;
      /** @enum {integer|null} */
      actorType: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | null;
      /** Format: date-time */
      at: string;
      /** @description What changed: usually `before` and `after` */
      changes: {
        [key: string]: unknown;
      } | null;
      id: number;
      ip: string | null;
      principalId: number | null;
      targetId: string | null;
      targetLabel: string | null;
      /** @example role */
      targetType: string | null;
      userAgent: string | null;
    };
    AuditPage: {
      items: components['schemas']['AuditEntryResponse'][];
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
      /** @description Pass as `cursor` for the page before; null on the first page */
      prevCursor: string | null;
      /** @description How many match the filters in the caller's scope, counted up to 10000 */
      total: number;
      /** @description True when more than 10000 match (total is then 10000) */
      totalCapped: boolean;
    };
    CatalogModuleView: {
      key: string;
      label: string;
      /** @description The key that opens the module, if it has one */
      modulePermission: string | null;
      permissions: components['schemas']['CatalogPermissionView'][];
    };
    CatalogPermissionView: {
      allowedTypes: (1 | 2 | 3 | 4 | 5 | 6 | 7 | 8)[];
      key: string;
      label: string;
    };
    ChangeBalanceDto: {
      /**
       * @description Positive tops up, negative deducts; at most 2 decimals, never zero
       * @example 1000.00
       */
      amount: string | number;
      /** @example Cash received at the office */
      note?: string;
    };
    ChangePackageDto: {
      packageId: number;
    };
    ChangePasswordDto: {
      currentPassword: string;
      newPassword: string;
    };
    CreateInvoiceDto: {
      /**
       * @description Defaults to the price of the subscriber's package
       * @example 1250.00
       */
      amount?: string | number;
      /**
       * @description Defaults to the current month (UTC)
       * @example 2026-11
       */
      period?: string;
    };
    CreateMessageTemplateDto: {
      /**
       * @description Placeholders: {{name}}, {{username}}, {{expiresAt}}, {{balance}}
       * @example Dear {{name}}, your connection expires on {{expiresAt}}.
       */
      body: string;
      /** @example Expiry reminder */
      name: string;
    };
    CreatePackageDto: {
      /** @description null clears it */
      description?: string | null;
      /** @example Home 20 Mbps */
      name: string;
      /** @example 800.00 */
      price: string | number;
      /** @example 30 */
      validityDays: number;
    };
    CreateRoleDto: {
      /**
       * @description Stored as `<branch>-salesmanager` (R2); the text typed is kept as displayName
       * @example Sales Manager
       */
      name: string;
      /**
       * @example 2
       * @enum {number}
       */
      type: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
    };
    CreateSubscriberDto: {
      /** @description null clears it */
      address?: string | null;
      /** @description ISO 8601; defaults to now + the package's validity when a package is given */
      expiresAt?: string;
      /** @example Karim Ahmed */
      name: string;
      /** @description An operator in the caller's scope; defaults to the caller's principal */
      ownerId?: number;
      packageId?: number;
      /** @description null clears it */
      phone?: string | null;
      /** @example karim.home */
      username: string;
    };
    CreateTicketDto: {
      /** @example The customer reports the router shows a red light. */
      body: string;
      /**
       * @default normal
       * @enum {string}
       */
      priority: 'low' | 'normal' | 'high' | 'urgent';
      /** @example No connection since this morning */
      subject: string;
    };
    CreateUserDto: {
      /** @example rahim@example.com */
      email: string;
      /** @example Rahim Uddin */
      name: string;
      /** @description Defaults to the caller's principal */
      parentId?: number;
      password: string;
      /** @example +8801700000000 */
      phone?: string | null;
      /** @description A role of the same type, visible to the caller (R7) and within its permissions (R6) */
      roleId: number;
      /**
       * @description Staff only: see the principal's direct subscribers (default) or its whole subtree
       * @enum {string}
       */
      scope?: 'direct' | 'subtree';
      /** @enum {number} */
      type: 2 | 3 | 4 | 5 | 6 | 7 | 8;
    };
    DashboardResponse: {
      accounting?: components['schemas']['AccountingCounters'];
      expiring?: components['schemas']['ExpiringCounters'];
      payments?: components['schemas']['PaymentCounters'];
      sales?: components['schemas']['SalesCounters'];
      subscribers?: components['schemas']['SubscriberCounters'];
      tickets?: components['schemas']['TicketCounters'];
      users?: components['schemas']['UserCounters'];
    };
    DayTakings: {
      count: number;
      /**
       * Format: date
       * @example 2026-05-01
       */
      day: string;
      /** @example 1250.00 */
      total: string;
    };
    EffectivePermissions: {
      /**
       * @description R15: the keys granted to the account by a grant that expires, each with that grant's moment
       * @example {
       *       "add_subscriber": "2026-12-31T18:00:00.000Z"
       *     }
       */
      expiresAt: {
        [key: string]: string;
      };
      /**
       * @description Why each key is granted or not
       * @example {
       *       "subscriber_module": "granted by role"
       *     }
       */
      explain: {
        [key: string]:
          | 'granted by role'
          | 'granted to the account'
          | 'revoked from the account'
          | 'not in role'
          | 'not allowed for the account type'
          | "above the principal's permissions"
          | 'module switched off'
          | 'module permission missing';
      };
      permissions: components['schemas']['PermissionKey'][];
    };
    ErrorResponse: {
      /**
       * @description A stable machine-readable cause (docs/decisions.md, "Error codes")
       * @example NOT_ELIGIBLE_TO_DELETE
       * @enum {string}
       */
      code:
        | 'VALIDATION_FAILED'
        | 'NOT_ALLOWED_FOR_TYPE'
        | 'WRONG_CURRENT_PASSWORD'
        | 'UNAUTHENTICATED'
        | 'INVALID_CREDENTIALS'
        | 'SESSION_ENDED'
        | 'ACCOUNT_DISABLED'
        | 'MISSING_PERMISSION'
        | 'MODULE_DISABLED'
        | 'GRANT_NOT_HELD'
        | 'NOT_ELIGIBLE_TO_ROLE_TYPE'
        | 'PREVIEW_READ_ONLY'
        | 'FORBIDDEN'
        | 'NOT_FOUND'
        | 'NOT_ELIGIBLE_TO_DELETE'
        | 'DUPLICATE_NAME'
        | 'DUPLICATE_EMAIL'
        | 'DUPLICATE_INVOICE'
        | 'STALE_VERSION'
        | 'INSUFFICIENT_BALANCE'
        | 'BALANCE_LIMIT'
        | 'CONFLICT'
        | 'REQUEST_REJECTED'
        | 'LOGIN_THROTTLED'
        | 'TOO_MANY_RUNS'
        | 'TOO_MANY_REQUESTS'
        | 'UNAVAILABLE'
        | 'INTERNAL_ERROR';
      /** @example Not Found */
      error: string;
      /** @example Subscriber 12 not found */
      message: string | string[];
      /** @example 404 */
      statusCode: number;
    };
    ExpiringCounters: {
      expired: number;
      expiringIn7Days: number;
    };
    ExtendExpiryDto: {
      /** @example 30 */
      days: number;
    };
    FailedBillingResponse: {
      reason: string;
      subscriberId: number;
      /** @description Null once the subscriber is outside the caller’s scope */
      subscriberName: string | null;
    };
    GenerateInvoicesDto: {
      /**
       * @description YYYY-MM, from 24 months before the current month (UTC) to 1 month after it
       * @example 2026-11
       */
      period: string;
    };
    HealthView: {
      /** @description By component (database, redis): `{status: "up"}` */
      details: {
        [key: string]: {
          message?: string;
          /** @enum {string} */
          status: 'up' | 'down';
        };
      };
      /** @description By component (database, redis): `{status: "up"}` */
      error: {
        [key: string]: {
          message?: string;
          /** @enum {string} */
          status: 'up' | 'down';
        };
      };
      /** @description By component (database, redis): `{status: "up"}` */
      info: {
        [key: string]: {
          message?: string;
          /** @enum {string} */
          status: 'up' | 'down';
        };
      };
      /** @enum {string} */
      status: 'ok';
    };
    ImportRoleDto: {
      /**
       * @description Stored as `<branch>-salesmanager` (R2)
       * @example Sales Manager
       */
      displayName: string;
      /**
       * @description The exporter's stored name; not used: the role is named from displayName under the importer's branch (R2)
       * @example otherbranch-salesmanager
       */
      name?: string;
      /**
       * @example [
       *       "subscriber_module",
       *       "add_subscriber"
       *     ]
       */
      permissions: string[];
      /**
       * @example 2
       * @enum {number}
       */
      type: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
    };
    InvoiceJobAccepted: {
      /** @description For GET /invoices/jobs/{jobId} */
      jobId: string;
    };
    InvoiceJobStatus: {
      created: number;
      /** @description Not billed because billing them would break a limit (R14) */
      failed: components['schemas']['FailedBillingResponse'][];
      /** @description Percent done */
      progress: number;
      /** @description Already billed for the period */
      skipped: number;
      /** @enum {string} */
      state: 'queued' | 'running' | 'completed' | 'failed';
    };
    InvoicePage: {
      items: components['schemas']['ListedInvoiceResponse'][];
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
      /** @description Pass as `cursor` for the page before; null on the first page */
      prevCursor: string | null;
      /** @description How many match the filters in the caller's scope, counted up to 10000 */
      total: number;
      /** @description True when more than 10000 match (total is then 10000) */
      totalCapped: boolean;
    };
    InvoiceResponse: {
      /** @example 1250.00 */
      amount: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      dueAt: string | null;
      id: number;
      /** @example INV-000123 */
      number: string;
      ownerId: number;
      /** @example 1250.00 */
      paid: string;
      /** @example 2026-05 */
      period: string;
      /** @enum {string} */
      status: 'open' | 'paid' | 'void';
      subscriberId: number;
    };
    InvoiceTally: {
      /** @example 1250.00 */
      amount: string;
      count: number;
    };
    InvoicesSection: {
      issued: components['schemas']['InvoiceTally'];
      open: components['schemas']['InvoiceTally'];
      paid: components['schemas']['InvoiceTally'];
      void: components['schemas']['InvoiceTally'];
    };
    LedgerPage: {
      items: components['schemas']['ListedLedgerEntryResponse'][];
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
      /** @description Pass as `cursor` for the page before; null on the first page */
      prevCursor: string | null;
      /** @description How many match the filters in the caller's scope, counted up to 10000 */
      total: number;
      /** @description True when more than 10000 match (total is then 10000) */
      totalCapped: boolean;
    };
    ListedInvoiceResponse: {
      /** @example 1250.00 */
      amount: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      dueAt: string | null;
      id: number;
      /** @example INV-000123 */
      number: string;
      ownerId: number;
      /** @example 1250.00 */
      paid: string;
      /** @example 2026-05 */
      period: string;
      /** @enum {string} */
      status: 'open' | 'paid' | 'void';
      subscriberId: number;
      subscriberName: string;
    };
    ListedLedgerEntryResponse: {
      accountId?: number;
      /** @description With accountId */
      accountName?: string | null;
      /** @example 1250.00 */
      amount: string;
      /** Format: date-time */
      at: string;
      /** @example 1250.00 */
      balanceAfter: string;
      id: number;
      /** @example INV-000123 */
      invoiceNumber: string | null;
      /** @example topup */
      kind: string;
      note: string | null;
      /** @description The other account of a transfer, null outside the caller’s reach */
      refAccountName: string | null;
      refId: string | null;
      refType: string | null;
      subscriberId?: number;
      /** @description With subscriberId */
      subscriberName?: string | null;
    };
    ListedPaymentResponse: {
      /** @example 1250.00 */
      amount: string;
      /** Format: date-time */
      createdAt: string;
      id: number;
      invoiceId: number | null;
      /** @example INV-000123 */
      invoiceNumber: string | null;
      /** @enum {string} */
      method: 'cash' | 'bank' | 'mobile' | 'card' | 'other';
      receivedBy: number | null;
      receivedByName: string | null;
      reference: string | null;
      subscriberId: number;
      subscriberName: string;
      /** Format: date-time */
      voidedAt: string | null;
    };
    ListedTicketResponse: {
      assigneeId: number | null;
      assigneeName: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description Null once that account is deleted */
      createdBy: number | null;
      createdByName: string | null;
      id: number;
      /**
       * @description Sequential per branch
       * @example TCK-000123
       */
      number: string;
      /** @enum {string} */
      priority: 'low' | 'normal' | 'high' | 'urgent';
      /** @enum {string} */
      status: 'open' | 'pending' | 'closed';
      subject: string;
      subscriberId: number;
      subscriberName: string;
      subscriberUsername: string;
      /** Format: date-time */
      updatedAt: string;
    };
    LoginDto: {
      /** @description A browser: the refresh token comes as an HttpOnly cookie for POST /auth/refresh instead of in the body */
      cookie?: boolean;
      /** @example admin@example.com */
      email: string;
      password: string;
    };
    MeRole: {
      displayName: string;
      id: number;
      name: string;
    };
    MeView: {
      /**
       * @description The prepaid balance the account spends from: an operator’s own (types 3-5), its principal’s for its staff
       * @example 1250.00
       */
      balance?: string;
      branch: string;
      /**
       * @description The installation’s currency (ISO 4217), null when unset
       * @example USD
       */
      currency: string | null;
      /**
       * @description Modules the Admin has switched off for the whole installation (R9)
       * @example [
       *       "ticket_module"
       *     ]
       */
      disabledModules: string[];
      email: string;
      id: number;
      name: string;
      parentId: number | null;
      permissions: components['schemas']['PermissionKey'][];
      phone: string | null;
      principalId: number;
      role: components['schemas']['MeRole'];
      /** @enum {string} */
      scope: 'direct' | 'subtree';
      /** @enum {integer} */
      type: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
      typeName: string;
    };
    MessageFilterDto: {
      /** @description Expiring from now to this many days ahead */
      expiringInDays?: number;
      /** @description The owner's subscribers (in the sender's scope) */
      ownerId?: number;
      /** @enum {string} */
      status?: 'active' | 'suspended' | 'expired';
    };
    MessageJobAccepted: {
      /** @description For GET /messages/jobs/{jobId} */
      jobId: string;
      /** @description Recipients in the group when it was asked (those without a phone are skipped) */
      recipients: number;
    };
    MessageJobStatus: {
      failed: number;
      /** @description Percent done */
      progress: number;
      sent: number;
      /** @description Recipients without a phone number */
      skipped: number;
      /** @enum {string} */
      state: 'queued' | 'running' | 'completed' | 'failed';
    };
    MessagePage: {
      items: components['schemas']['MessageResponse'][];
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
      /** @description Pass as `cursor` for the page before; null on the first page */
      prevCursor: string | null;
      /** @description How many match the filters in the caller's scope, counted up to 10000 */
      total: number;
      /** @description True when more than 10000 match (total is then 10000) */
      totalCapped: boolean;
    };
    MessageRecipientCount: {
      /** @description Subscribers a send would reach now; above 10000 a send is refused */
      recipients: number;
      /** @description Of those, how many have no phone and would be skipped */
      withoutPhone: number;
    };
    MessageRecipientsDto: {
      filter?: components['schemas']['MessageFilterDto'];
      subscriberIds?: number[];
    };
    MessageResponse: {
      /** @description The text as sent, placeholders filled */
      body: string;
      /** Format: date-time */
      createdAt: string;
      /** @description Why it failed: the gateway's answer, a timeout, … */
      error: string | null;
      id: number;
      /** @enum {string} */
      provider: 'outbox' | 'http';
      /** Format: date-time */
      sentAt: string | null;
      /** @enum {string} */
      status: 'queued' | 'sent' | 'failed';
      /** @description null once the subscriber was deleted: its messages stay in the history */
      subscriberId: number | null;
      /** @description The subscriber's name (UI.md "People, not ids"); null once deleted */
      subscriberName: string | null;
      /** @description The phone number it went (or goes) to */
      to: string;
    };
    MessageSettingsResponse: {
      /** @enum {string} */
      provider: 'outbox' | 'http';
      reminderDays: number;
      reminderEnabled: boolean;
      reminderTemplateId: number | null;
      sender: string | null;
      /** @description Whether a gateway token is stored (the token itself is never answered) */
      tokenSet: boolean;
      url: string | null;
    };
    MessageTemplateResponse: {
      body: string;
      /** Format: date-time */
      createdAt: string;
      id: number;
      name: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ModuleSwitch: {
      enabled: boolean;
      /** @enum {string} */
      key:
        | 'home_dashboard'
        | 'my_profile'
        | 'isp_management'
        | 'branch_management'
        | 'user_management'
        | 'subscriber_management'
        | 'allow_reseller'
        | 'package_management'
        | 'accounting'
        | 'voucher_management'
        | 'prepaid_card_management'
        | 'network_management'
        | 'inventory_management'
        | 'department_management'
        | 'area_management'
        | 'ticket_management'
        | 'notice_management'
        | 'note_management'
        | 'sms_management'
        | 'reports';
      /** @example Subscriber Management */
      label: string;
    };
    OperatorTakings: {
      count: number;
      ownerId: number;
      ownerName: string;
      /** @example 1250.00 */
      total: string;
    };
    PackageResponse: {
      /** Format: date-time */
      createdAt: string;
      description: string | null;
      id: number;
      name: string;
      /** @example 1250.00 */
      price: string;
      validityDays: number;
    };
    PaymentCounters: {
      byDay: components['schemas']['DayTakings'][];
    };
    PaymentPage: {
      items: components['schemas']['ListedPaymentResponse'][];
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
      /** @description Pass as `cursor` for the page before; null on the first page */
      prevCursor: string | null;
      /** @description How many match the filters in the caller's scope, counted up to 10000 */
      total: number;
      /** @description True when more than 10000 match (total is then 10000) */
      totalCapped: boolean;
    };
    PaymentResponse: {
      /** @example 1250.00 */
      amount: string;
      /** Format: date-time */
      createdAt: string;
      id: number;
      invoiceId: number | null;
      /** @enum {string} */
      method: 'cash' | 'bank' | 'mobile' | 'card' | 'other';
      receivedBy: number | null;
      reference: string | null;
      subscriberId: number;
      /** Format: date-time */
      voidedAt: string | null;
    };
    PaymentsSection: {
      byDay: components['schemas']['DayTakings'][];
      byMethod: {
        bank: string;
        card: string;
        cash: string;
        mobile: string;
        other: string;
      };
      byOperator: components['schemas']['OperatorTakings'][];
      count: number;
      /** @example 1250.00 */
      total: string;
    };
    /** @enum {string} */
    PermissionKey:
      | 'home_subscriber_counter'
      | 'home_accounting_counter'
      | 'home_user_counter'
      | 'home_predictions'
      | 'home_usage'
      | 'home_subscriber_expired_expiring'
      | 'home_sales_invoice_reports'
      | 'home_payments_reports'
      | 'my_profile_module'
      | 'edit_my_profile'
      | 'my_profile_change_photo'
      | 'my_profile_change_password'
      | 'my_profile_change_role'
      | 'my_profile_settings'
      | 'isp_module'
      | 'add_isp'
      | 'edit_isp'
      | 'delete_isp'
      | 'isp_settings'
      | 'branch_module'
      | 'add_branch'
      | 'edit_branch'
      | 'delete_branch'
      | 'user_module'
      | 'add_user'
      | 'edit_user'
      | 'delete_user'
      | 'user_profile'
      | 'change_user_role'
      | 'transfer_subscriber'
      | 'add_balance'
      | 'user_verification'
      | 'user_settings'
      | 'role_module'
      | 'add_role'
      | 'edit_role'
      | 'delete_role'
      | 'copy_role'
      | 'set_role_permission'
      | 'subscriber_module'
      | 'add_subscriber'
      | 'edit_subscriber'
      | 'delete_subscriber'
      | 'subscriber_profile'
      | 'subscriber_connection'
      | 'subscriber_disconnection'
      | 'subscriber_reconnection'
      | 'subscriber_package_change'
      | 'subscriber_expiry_extend'
      | 'subscriber_invoice'
      | 'subscriber_payment'
      | 'subscriber_verification'
      | 'subscriber_notes'
      | 'subscriber_activity_log'
      | 'allow_reseller'
      | 'allow_subreseller'
      | 'allow_retailer'
      | 'package_module'
      | 'add_package'
      | 'edit_package'
      | 'delete_package'
      | 'package_copy'
      | 'package_import'
      | 'assign_package'
      | 'tax_module'
      | 'policy_module'
      | 'allocation_module'
      | 'accounting_module'
      | 'ledger_module'
      | 'add_ledger'
      | 'edit_ledger'
      | 'delete_ledger'
      | 'payment_module'
      | 'add_payment'
      | 'edit_payment'
      | 'delete_payment'
      | 'invoice_module'
      | 'generate_invoice'
      | 'edit_invoice'
      | 'delete_invoice'
      | 'invoice_settings'
      | 'voucher_module'
      | 'add_voucher'
      | 'edit_voucher'
      | 'delete_voucher'
      | 'voucher_batch'
      | 'voucher_assign'
      | 'prepaid_card_module'
      | 'add_prepaid_card'
      | 'edit_prepaid_card'
      | 'delete_prepaid_card'
      | 'prepaid_card_batch'
      | 'network_module'
      | 'nas_module'
      | 'add_nas'
      | 'edit_nas'
      | 'delete_nas'
      | 'nas_group'
      | 'mikrotik_module'
      | 'radius_module'
      | 'online_users'
      | 'disconnect_user'
      | 'inventory_module'
      | 'product_module'
      | 'add_product'
      | 'edit_product'
      | 'delete_product'
      | 'stock_module'
      | 'purchase_module'
      | 'sales_module'
      | 'department_module'
      | 'add_department'
      | 'edit_department'
      | 'delete_department'
      | 'area_module'
      | 'add_area'
      | 'edit_area'
      | 'delete_area'
      | 'area_group'
      | 'ticket_module'
      | 'add_ticket'
      | 'edit_ticket'
      | 'delete_ticket'
      | 'ticket_reply'
      | 'ticket_assign'
      | 'ticket_close'
      | 'ticket_priority'
      | 'notice_module'
      | 'add_notice'
      | 'edit_notice'
      | 'delete_notice'
      | 'notice_publish'
      | 'note_module'
      | 'add_note'
      | 'edit_note'
      | 'delete_note'
      | 'private_note'
      | 'public_note'
      | 'sms_module'
      | 'send_sms'
      | 'sms_template'
      | 'sms_history'
      | 'sms_settings'
      | 'reports_module'
      | 'subscriber_reports'
      | 'accounting_reports'
      | 'payment_reports'
      | 'invoice_reports'
      | 'user_reports'
      | 'network_reports'
      | 'activity_log';
    RecordPaymentDto: {
      /**
       * @description More than zero, at most 2 decimals (a JSON number or a decimal string)
       * @example 500.00
       */
      amount: string | number;
      /** @description One of the subscriber's invoices that is not void */
      invoiceId?: number;
      /** @enum {string} */
      method: 'cash' | 'bank' | 'mobile' | 'card' | 'other';
      /**
       * @description A receipt, transaction or cheque number
       * @example bKash TX 8H2K1
       */
      reference?: string;
    };
    RefreshDto: {
      /** @description Left out by a browser whose refresh token is in its cookie (then the x-tiergate-csrf header is needed) */
      refreshToken?: string;
    };
    RoleComparison: {
      both: components['schemas']['PermissionKey'][];
      onlyA: components['schemas']['PermissionKey'][];
      onlyB: components['schemas']['PermissionKey'][];
    };
    RoleExport: {
      /** @example Sales Manager */
      displayName: string;
      /** @example branch-salesmanager */
      name: string;
      permissions: components['schemas']['PermissionKey'][];
      /** @enum {integer} */
      type: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
    };
    RoleHistoryPage: {
      items: components['schemas']['RoleVersionView'][];
      /** @description Pass as `cursor` for the older versions; null on the last page */
      nextCursor: string | null;
    };
    RoleVersionView: {
      /** @description Null for the worker ("system") */
      actorId: number | null;
      /** @example Admin */
      actorName: string;
      added: components['schemas']['PermissionKey'][];
      /** Format: date-time */
      at: string;
      /**
       * @description The role’s name after this version
       * @example branch-salesmanager
       */
      name: string;
      removed: components['schemas']['PermissionKey'][];
      version: number;
    };
    RoleView: {
      /** Format: date-time */
      createdAt: string;
      /** @enum {string} */
      defaultsStatus: 'pending' | 'applied' | 'skipped';
      /** @example Sales Manager */
      displayName: string;
      id: number;
      isSystem: boolean;
      /**
       * Format: date-time
       * @description When an account holding the role last exercised any of its keys (R15)
       */
      lastUsedAt: string | null;
      /** @example branch-salesmanager */
      name: string;
      ownerId: number | null;
      permissionCount: number;
      /** @description Only on GET /roles/:id and after changes */
      permissions?: components['schemas']['PermissionKey'][];
      /** @enum {integer} */
      type: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
      typeName: string;
      userCount: number;
      version: number;
    };
    SalesCounters: {
      count: number;
      /** @example 1250.00 */
      invoiced: string;
      /** @example 1250.00 */
      paid: string;
      /** @example 2026-05 */
      period: string;
    };
    SendMessagesDto: {
      /**
       * @description Placeholders: {{name}}, {{username}}, {{expiresAt}}, {{balance}}
       * @example Dear {{name}}, your connection expires on {{expiresAt}}.
       */
      body?: string;
      filter?: components['schemas']['MessageFilterDto'];
      subscriberIds?: number[];
      templateId?: number;
    };
    SetRolePermissionsDto: {
      /**
       * @description The whole new set
       * @example [
       *       "subscriber_module",
       *       "add_subscriber"
       *     ]
       */
      permissions: string[];
      /** @description The version read; a stale one answers 409 */
      version?: number;
    };
    SetUserPermissionsDto: {
      /**
       * @description Permission keys, or `{key, expiresAt}` for a grant that stops counting at that moment (R15)
       * @example [
       *       "subscriber_payment",
       *       {
       *         "expiresAt": "2026-12-31T18:00:00Z",
       *         "key": "add_subscriber"
       *       }
       *     ]
       */
      grants: (
        | string
        | {
            /**
             * Format: date-time
             * @description In the future, at most GRANT_EXPIRY_MAX_DAYS (366) days ahead
             */
            expiresAt?: string;
            key: string;
          }
      )[];
      /**
       * @example [
       *       "delete_subscriber"
       *     ]
       */
      revokes: string[];
    };
    SetUserRoleDto: {
      roleId: number;
    };
    SubscriberCounters: {
      active: number;
      expired: number;
      suspended: number;
      total: number;
    };
    SubscriberNoteResponse: {
      /** @description Null once the author account is deleted; the name stays */
      authorId: number | null;
      authorName: string;
      body: string;
      /** Format: date-time */
      createdAt: string;
      id: number;
    };
    SubscriberPage: {
      items: components['schemas']['SubscriberResponse'][];
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
      /** @description Pass as `cursor` for the page before; null on the first page */
      prevCursor: string | null;
      /** @description How many match the filters in the caller's scope, counted up to 10000 */
      total: number;
      /** @description True when more than 10000 match (total is then 10000) */
      totalCapped: boolean;
    };
    SubscriberResponse: {
      address: string | null;
      /** @example 1250.00 */
      balance: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      expiresAt: string | null;
      id: number;
      name: string;
      ownerId: number;
      packageId: number | null;
      /** @description The package’s name (UI.md "People, not ids") */
      packageName: string | null;
      phone: string | null;
      /** @enum {string} */
      status: 'active' | 'suspended' | 'expired';
      username: string;
    };
    SubscribersSection: {
      active: number;
      expired: number;
      expiringIn7Days: number;
      suspended: number;
    };
    SummaryResponse: {
      /**
       * Format: date-time
       * @description Start of the period (inclusive)
       */
      from: string;
      /** @description With invoice_reports */
      invoices?: components['schemas']['InvoicesSection'];
      /** @description With payment_reports */
      payments?: components['schemas']['PaymentsSection'];
      /** @description With subscriber_reports */
      subscribers?: components['schemas']['SubscribersSection'];
      /**
       * Format: date-time
       * @description End of the period (exclusive)
       */
      to: string;
    };
    SwitchModuleDto: {
      enabled: boolean;
      /**
       * @description A module's key in the catalog (GET /permissions)
       * @enum {string}
       */
      key:
        | 'home_dashboard'
        | 'my_profile'
        | 'isp_management'
        | 'branch_management'
        | 'user_management'
        | 'subscriber_management'
        | 'allow_reseller'
        | 'package_management'
        | 'accounting'
        | 'voucher_management'
        | 'prepaid_card_management'
        | 'network_management'
        | 'inventory_management'
        | 'department_management'
        | 'area_management'
        | 'ticket_management'
        | 'notice_management'
        | 'note_management'
        | 'sms_management'
        | 'reports';
    };
    TicketAssigneeResponse: {
      id: number;
      name: string;
      /** @enum {integer} */
      type: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
      /** @example Staff */
      typeName: string;
    };
    TicketCounters: {
      /** @description Open or pending tickets assigned to the caller */
      assignedToMe: number;
      open: number;
      pending: number;
    };
    TicketCountsResponse: {
      closed: number;
      open: number;
      pending: number;
    };
    TicketDetailResponse: {
      assigneeId: number | null;
      assigneeName: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description Null once that account is deleted */
      createdBy: number | null;
      createdByName: string | null;
      id: number;
      /**
       * @description Sequential per branch
       * @example TCK-000123
       */
      number: string;
      /** @enum {string} */
      priority: 'low' | 'normal' | 'high' | 'urgent';
      replies: components['schemas']['TicketReplyResponse'][];
      /** @enum {string} */
      status: 'open' | 'pending' | 'closed';
      subject: string;
      subscriberId: number;
      subscriberName: string;
      subscriberUsername: string;
      /** Format: date-time */
      updatedAt: string;
    };
    TicketPage: {
      items: components['schemas']['ListedTicketResponse'][];
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
      /** @description Pass as `cursor` for the page before; null on the first page */
      prevCursor: string | null;
      /** @description How many match the filters in the caller's scope, counted up to 10000 */
      total: number;
      /** @description True when more than 10000 match (total is then 10000) */
      totalCapped: boolean;
    };
    TicketReplyResponse: {
      authorId: number | null;
      authorName: string | null;
      body: string;
      /** Format: date-time */
      createdAt: string;
      id: number;
      ticketId: number;
    };
    TokenPairDto: {
      accessToken: string;
      /** @description Seconds until the access token expires */
      expiresIn: number;
      /** @description Absent when it went into the HttpOnly cookie instead */
      refreshToken?: string;
    };
    UnusedKey: {
      key: components['schemas']['PermissionKey'];
      label: string;
      /**
       * Format: date-time
       * @description The last use before the window, or null when never used
       */
      lastUsedAt: string | null;
    };
    UpdateInvoiceDto: {
      /** @example 1250.00 */
      amount?: string | number;
      /** @example 2026-11-30T23:59:59Z */
      dueAt?: string;
    };
    UpdateMeDto: {
      name?: string;
      /** @description null clears it */
      phone?: string | null;
    };
    UpdateMessageSettingsDto: {
      /** @enum {string} */
      provider: 'outbox' | 'http';
      /** @description How many days before expiry */
      reminderDays?: number;
      /** @description Expiry reminders on or off (off by default) */
      reminderEnabled?: boolean;
      /** @description The template reminders use; needed to switch reminders on */
      reminderTemplateId?: number | null;
      /** @example MyISP */
      sender?: string | null;
      /** @description Sent as a bearer token; never answered */
      token?: string | null;
      /**
       * @description Needed by the http provider
       * @example https://sms.example.com/send
       */
      url?: string | null;
    };
    UpdateMessageTemplateDto: {
      /**
       * @description Placeholders: {{name}}, {{username}}, {{expiresAt}}, {{balance}}
       * @example Dear {{name}}, your connection expires on {{expiresAt}}.
       */
      body?: string;
      /** @example Expiry reminder */
      name?: string;
    };
    UpdatePackageDto: {
      /** @description null clears it */
      description?: string | null;
      /** @example Home 20 Mbps */
      name?: string;
      /** @example 800.00 */
      price?: string | number;
      /** @example 30 */
      validityDays?: number;
    };
    UpdateRoleDto: {
      /** @example Senior Sales Manager */
      name: string;
      /**
       * @description Must equal the current type: a role type can never change
       * @enum {number}
       */
      type?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
    };
    UpdateSubscriberDto: {
      /** @description null clears it */
      address?: string | null;
      /** @example Karim Ahmed */
      name?: string;
      /** @description An operator in the caller's scope; defaults to the caller's principal */
      ownerId?: number;
      /** @description null clears it */
      phone?: string | null;
    };
    UpdateTicketDto: {
      /** @description Needs ticket_assign: one of GET /tickets/{id}/assignees (an active account that can see the subscriber); null unassigns */
      assigneeId?: number | null;
      /**
       * @description Needs ticket_priority
       * @enum {string}
       */
      priority?: 'low' | 'normal' | 'high' | 'urgent';
      subject?: string;
    };
    UpdateUserDto: {
      name?: string;
      /** @description null clears it */
      phone?: string | null;
      /** @enum {string} */
      scope?: 'direct' | 'subtree';
      /** @enum {string} */
      status?: 'active' | 'disabled';
    };
    UsedKey: {
      key: components['schemas']['PermissionKey'];
      /** Format: date-time */
      lastUsedAt: string;
    };
    UserCounters: {
      /** @description Accounts by type (the key is the type number) */
      byType: {
        [key: string]: number;
      };
      total: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuditController_list: {
    parameters: {
      query?: {
        /** @description Opaque: the nextCursor or prevCursor of a page of this list with the same sort; left out, the first page */
        cursor?: string;
        limit?: number;
        /** @description ISO 8601 time, inclusive */
        from?: string;
        /** @description ISO 8601 time, exclusive */
        to?: string;
        /** @description A field to sort by, `-` before it for descending; left out, newest first */
        sort?: 'at' | '-at';
        actorId?: number;
        action?: string;
        targetType?: string;
        targetId?: string;
      };
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPage'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `activity_log` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairDto'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Invalid email or password */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many failures from this address, or for this account from this address or in the last hour; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out; the session's tokens stop working */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`), anything but GET or HEAD: `PREVIEW_READ_ONLY` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairDto'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Invalid refresh token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A refresh from the cookie without the x-tiergate-csrf header */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many failures from this address; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DashboardController_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DashboardResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`), anything but GET or HEAD: `PREVIEW_READ_ONLY` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  EventsController_stream: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An endless text/event-stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`), anything but GET or HEAD: `PREVIEW_READ_ONLY` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthView'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A component is down; the message names it */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  InvoicesController_list: {
    parameters: {
      query?: {
        /** @description Opaque: the nextCursor or prevCursor of a page of this list with the same sort; left out, the first page */
        cursor?: string;
        limit?: number;
        /** @description ISO 8601 time, inclusive */
        from?: string;
        /** @description ISO 8601 time, exclusive */
        to?: string;
        /** @description A field to sort by, `-` before it for descending; left out, newest first */
        sort?: 'createdAt' | '-createdAt' | 'number' | '-number' | 'period' | '-period' | 'amount' | '-amount' | 'status' | '-status' | 'dueAt' | '-dueAt';
        status?: 'open' | 'paid' | 'void';
        subscriberId?: number;
        period?: string;
      };
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoicePage'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `invoice_module` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  InvoicesController_generate: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GenerateInvoicesDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceJobAccepted'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `generate_invoice` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The caller's operator already has its maximum of billing runs queued or running (R14); `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  InvoicesController_job: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        jobId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceJobStatus'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `generate_invoice` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  InvoicesController_void: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The invoice, now `void` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `delete_invoice` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Already void, payments attached, or the balance would pass its limit (BALANCE_LIMIT) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  InvoicesController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateInvoiceDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `edit_invoice` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Paid or void, or the new amount would take the balance past its limit (BALANCE_LIMIT) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  LedgerController_list: {
    parameters: {
      query?: {
        /** @description Opaque: the nextCursor or prevCursor of a page of this list with the same sort; left out, the first page */
        cursor?: string;
        limit?: number;
        /** @description ISO 8601 time, inclusive */
        from?: string;
        /** @description ISO 8601 time, exclusive */
        to?: string;
        /** @description A field to sort by, `-` before it for descending; left out, newest first */
        sort?: 'at' | '-at' | 'amount' | '-amount';
        /** @description An operator's own balance; one outside the caller's scope gives an empty list */
        accountId?: number;
        /** @description A subscriber's balance; one outside the caller's scope gives an empty list */
        subscriberId?: number;
        /** @description Operators' balances whose account name or email contains this text */
        accountName?: string;
        /** @description Subscribers' balances whose username, name or phone contains this text */
        subscriberName?: string;
      };
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LedgerPage'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `ledger_module` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeController_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeView'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`), anything but GET or HEAD: `PREVIEW_READ_ONLY` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeView'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `edit_my_profile` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeController_changePassword: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description Changed; every other session of the account has ended */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Current password is wrong (counted like a failed sign-in), or the new one is too short */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `my_profile_change_password` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many failed attempts for this account from this address or in the last hour; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MessagesController_templateList: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessageTemplateResponse'][];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires one of `sms_template`, `send_sms` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MessagesController_createTemplate: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMessageTemplateDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessageTemplateResponse'];
        };
      };
      /** @description An unknown placeholder (named) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `sms_template` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A template of that name exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MessagesController_removeTemplate: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `sms_template` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such template */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MessagesController_updateTemplate: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMessageTemplateDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessageTemplateResponse'];
        };
      };
      /** @description An unknown placeholder (named) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `sms_template` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such template */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A template of that name exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MessagesController_list: {
    parameters: {
      query?: {
        /** @description Opaque: the nextCursor or prevCursor of a page of this list with the same sort; left out, the first page */
        cursor?: string;
        limit?: number;
        subscriberId?: number;
        status?: 'queued' | 'sent' | 'failed';
      };
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessagePage'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `sms_history` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MessagesController_send: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendMessagesDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessageJobAccepted'];
        };
      };
      /** @description Not exactly one of subscriberIds and filter, or of templateId and body; an unknown placeholder (named); no subscriber matches; more than 10000 recipients (with the count) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `send_sms` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A listed subscriber or the template does not exist or is outside the caller's scope (R10) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The caller's operator already has its maximum of sends queued or running (R14); `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MessagesController_count: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MessageRecipientsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessageRecipientCount'];
        };
      };
      /** @description Not exactly one of subscriberIds and filter */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `send_sms` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A listed subscriber does not exist or is outside the caller's scope (R10) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MessagesController_job: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        jobId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessageJobStatus'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `send_sms` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such job, or another operator's */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PackagesController_list: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PackageResponse'][];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires one of `package_module`, `add_subscriber`, `subscriber_package_change` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PackagesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePackageDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PackageResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `add_package` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A package of that name exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PackagesController_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `delete_package` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such package */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not Eligible To Delete: subscribers are on this package */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PackagesController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePackageDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PackageResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `edit_package` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such package */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A package of that name exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PaymentsController_list: {
    parameters: {
      query?: {
        /** @description Opaque: the nextCursor or prevCursor of a page of this list with the same sort; left out, the first page */
        cursor?: string;
        limit?: number;
        /** @description ISO 8601 time, inclusive */
        from?: string;
        /** @description ISO 8601 time, exclusive */
        to?: string;
        /** @description A field to sort by, `-` before it for descending; left out, newest first */
        sort?: 'createdAt' | '-createdAt' | 'amount' | '-amount' | 'method' | '-method';
        subscriberId?: number;
        method?: 'cash' | 'bank' | 'mobile' | 'card' | 'other';
      };
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentPage'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `payment_module` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PaymentsController_void: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Voided: kept for the record, reversed in the ledger, its invoice reopened */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `delete_payment` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such payment in the caller's scope (R10) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Already void, or the balance would pass its limit (BALANCE_LIMIT) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PermissionsController_catalog: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CatalogModuleView'][];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`), anything but GET or HEAD: `PREVIEW_READ_ONLY` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PreviewController_open: {
    parameters: {
      query?: {
        /** @description Preview as a role the caller can see (R7); needs role_module */
        roleId?: number;
        /** @description Preview as an account the caller manages (R11); needs user_profile */
        accountId?: number;
      };
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeView'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires `user_profile` (an account) or `role_module` (a role) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such account or role, or not one the caller manages (R11) or sees (R7) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ReportsController_summary: {
    parameters: {
      query?: {
        /** @description ISO 8601 time, inclusive; default: the start of the current month (UTC) */
        from?: string;
        /** @description ISO 8601 time, exclusive; default: the start of the next month (UTC) */
        to?: string;
      };
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummaryResponse'];
        };
      };
      /** @description Invalid query, or `from` not before `to` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `reports_module` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ReportsController_summaryCsv: {
    parameters: {
      query?: {
        /** @description ISO 8601 time, inclusive; default: the start of the current month (UTC) */
        from?: string;
        /** @description ISO 8601 time, exclusive; default: the start of the next month (UTC) */
        to?: string;
      };
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The summary as CSV, one block per section */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid query, or `from` not before `to` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `reports_module` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  RolesController_list: {
    parameters: {
      query?: {
        type?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
        /** @description Only the roles held by nobody and neither created nor used in this many days (R15: unused roles) */
        unusedDays?: number;
      };
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleView'][];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `role_module` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  RolesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRoleDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleView'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `add_role` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role of that name exists in the branch */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  RoleHistoryController_compare: {
    parameters: {
      query: {
        /** @description A role id, optionally `@version`; without it, the role as it is now */
        a: string;
        /** @description The same for the other side */
        b: string;
      };
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleComparison'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `role_module` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role not visible to the caller (R7), or a version it never had */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  RoleHistoryController_import: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ImportRoleDto'] | components['schemas']['ImportRoleDto'][];
      };
    };
    responses: {
      /** @description The roles created, in the order given */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleView'][];
        };
      };
      /** @description Invalid body, an unknown key or one not allowed for the type: the message names the first role and key at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A type the caller may not create, or a key it does not hold: the message names the first role and key at fault */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role of that name exists in the branch */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  RolesController_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleView'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `role_module` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  RolesController_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `delete_role` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not Eligible To Delete */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  RolesController_rename: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRoleDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleView'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `edit_role` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role of that name exists in the branch */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  RolesController_copy: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleView'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `copy_role` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The copy’s name (the name and the time of day) is taken: try again in a second */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  RoleHistoryController_export: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleExport'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `role_module` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  RoleHistoryController_list: {
    parameters: {
      query?: {
        /** @description Opaque: the nextCursor or prevCursor of a page of this list with the same sort; left out, the first page */
        cursor?: string;
        limit?: number;
      };
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleHistoryPage'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `role_module` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  RolesController_setPermissions: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetRolePermissionsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleView'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `set_role_permission` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Stale version: the role was changed by someone else */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AccessReviewController_ofRole: {
    parameters: {
      query?: {
        /** @description A key is used when exercised within this many days */
        days?: number;
      };
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccessReview'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `role_module` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such role, or not visible to the caller (R7) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MessagesController_getSettings: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessageSettingsResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `sms_settings` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MessagesController_putSettings: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMessageSettingsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessageSettingsResponse'];
        };
      };
      /** @description The http provider without a url, reminders on without a template, or an unknown template */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `sms_settings` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SettingsController_modules: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModuleSwitch'][];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only the Admin can switch modules */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SettingsController_switchModule: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SwitchModuleDto'];
      };
    };
    responses: {
      /** @description Every module after the switch */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModuleSwitch'][];
        };
      };
      /** @description Unknown module: <key> */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only the Admin can switch modules */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SubscribersController_list: {
    parameters: {
      query?: {
        /** @description Opaque: the nextCursor or prevCursor of a page of this list with the same sort; left out, the first page */
        cursor?: string;
        limit?: number;
        /** @description A field to sort by, `-` before it for descending; left out, newest first */
        sort?: 'createdAt' | '-createdAt' | 'name' | '-name' | 'username' | '-username' | 'status' | '-status' | 'expiresAt' | '-expiresAt';
        /** @description Matches username, name or phone */
        q?: string;
        status?: 'active' | 'suspended' | 'expired';
        ownerId?: number;
      };
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriberPage'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `subscriber_module` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SubscribersController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSubscriberDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriberResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `add_subscriber` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description That username is taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SubscribersController_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriberResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `subscriber_profile` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SubscribersController_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `delete_subscriber` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not Eligible To Delete: the subscriber has invoices, payments or tickets */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SubscribersController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSubscriberDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriberResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `edit_subscriber` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description That username is taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SubscribersController_activity: {
    parameters: {
      query?: {
        /** @description Opaque: the nextCursor or prevCursor of a page of this list with the same sort; left out, the first page */
        cursor?: string;
        limit?: number;
      };
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPage'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `subscriber_activity_log` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SubscribersController_extend: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExtendExpiryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriberResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `subscriber_expiry_extend` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  InvoicesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateInvoiceDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `subscriber_invoice` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The period is already invoiced, or the balance would pass its floor (BALANCE_LIMIT) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SubscribersController_notes: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriberNoteResponse'][];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `subscriber_notes` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SubscribersController_addNote: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddNoteDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriberNoteResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `subscriber_notes` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SubscribersController_changePackage: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePackageDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriberResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `subscriber_package_change` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PaymentsController_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordPaymentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `subscriber_payment` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such subscriber in the caller's scope (R10), or no such invoice of it */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The invoice is void, or the balance would pass its limit (BALANCE_LIMIT) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SubscribersController_reconnect: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriberResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `subscriber_reconnection` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Subscriber is not suspended */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SubscribersController_suspend: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriberResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `subscriber_disconnection` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Subscriber is already suspended */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  TicketsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTicketDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketDetailResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `add_ticket` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such subscriber in the caller's scope (R10) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  TicketsController_list: {
    parameters: {
      query?: {
        /** @description Opaque: the nextCursor or prevCursor of a page of this list with the same sort; left out, the first page */
        cursor?: string;
        limit?: number;
        priority?: 'low' | 'normal' | 'high' | 'urgent';
        assigneeId?: number;
        subscriberId?: number;
        /** @description Matches the number (TCK-000123, or part of it) or the subject */
        q?: string;
        /** @description A field to sort by, `-` before it for descending; left out, newest first */
        sort?: 'createdAt' | '-createdAt' | 'updatedAt' | '-updatedAt';
        status?: 'open' | 'pending' | 'closed';
      };
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketPage'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `ticket_module` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  TicketsController_counts: {
    parameters: {
      query?: {
        priority?: 'low' | 'normal' | 'high' | 'urgent';
        assigneeId?: number;
        subscriberId?: number;
        /** @description Matches the number (TCK-000123, or part of it) or the subject */
        q?: string;
      };
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketCountsResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `ticket_module` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  TicketsController_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketDetailResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `ticket_module` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such ticket in the caller's scope (R10) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  TicketsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted (the action log keeps what it was) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `delete_ticket` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such ticket in the caller's scope (R10) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  TicketsController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTicketDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketDetailResponse'];
        };
      };
      /** @description Invalid body, or an assignee that cannot see the subscriber */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `subject` requires `edit_ticket`, `priority` `ticket_priority`, `assigneeId` `ticket_assign` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such ticket in the caller's scope (R10), or an assignee outside the caller's reach */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  TicketsController_assignees: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketAssigneeResponse'][];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `ticket_assign` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such ticket in the caller's scope (R10) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  TicketsController_close: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketDetailResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `ticket_close` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such ticket in the caller's scope (R10) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Already closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  TicketsController_reopen: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketDetailResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `ticket_close` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such ticket in the caller's scope (R10) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  TicketsController_reply: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddReplyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketReplyResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `ticket_reply` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such ticket in the caller's scope (R10) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The ticket is closed, or its thread is full (500 replies) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        type?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
        /** @description Accounts directly under this one */
        parentId?: number;
        status?: 'active' | 'disabled';
        /** @description Matches name, email or phone */
        q?: string;
        page?: number;
        pageSize?: number;
      };
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountPage'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `user_module` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `add_user` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Email already in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `user_profile` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `delete_user` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not Eligible To Delete: the account still owns subscribers, accounts or roles */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `edit_user` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  BalancesController_change: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeBalanceDto'];
      };
    };
    responses: {
      /** @description The account with its new balance */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountResponse'];
        };
      };
      /** @description Only resellers, sub-resellers and retailers have a balance */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `add_balance` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such account, or not one the caller manages (R11) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The target's balance, or the caller's own when it pays, would go below zero or above its limit (BALANCE_LIMIT) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_effective: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EffectivePermissions'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `user_profile` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_setPermissions: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetUserPermissionsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `change_user_role` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AccessReviewController_ofAccount: {
    parameters: {
      query?: {
        /** @description A key is used when exercised within this many days */
        days?: number;
      };
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccessReview'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `user_profile` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such account, or not one the caller manages (R11) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_setRole: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer as in a preview of this account or role (see GET /preview): read only, within the caller’s reach */
        'x-preview-as'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetUserRoleDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountResponse'];
        };
      };
      /** @description Invalid body or query: unknown fields, wrong types, or a body or query the route does not take */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No, bad, expired or revoked token; disabled account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Requires the permission `change_user_role` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In a preview (`x-preview-as`): an account the caller does not manage or a role it does not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The URL is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsupported content type: send application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests of the caller’s operator tree waiting at once (R14): `TOO_MANY_REQUESTS`, with `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the job queue is unavailable; try again shortly */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
}
