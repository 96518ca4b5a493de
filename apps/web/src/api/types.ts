import type { components, paths } from './schema.gen';

/**
 * The API's shapes under the names the panel uses: aliases of the generated OpenAPI types only (schema.gen.ts), so
 * the panel reads exactly what the API declares.
 */
type Schemas = components['schemas'];

export type Me = Schemas['MeView'];
export type Role = Schemas['RoleView'];
export type RoleVersion = Schemas['RoleVersionView'];
export type ImportedRole = Schemas['ImportRoleDto'];
export type Account = Schemas['AccountResponse'];
export type AccountPage = Schemas['AccountPage'];
export type EffectivePermissions = Schemas['EffectivePermissions'];
export type AccessReview = Schemas['AccessReview'];
export type Subscriber = Schemas['SubscriberResponse'];
export type SubscriberNote = Schemas['SubscriberNoteResponse'];
export type Package = Schemas['PackageResponse'];
export type AuditEntry = Schemas['AuditEntryResponse'];
/** A page of the five keyset lists (the Action log's page stands for all): cursors both ways and how many rows match. */
export type ListPage<T> = Omit<Schemas['AuditPage'], 'items'> & { items: T[] };
/** Money as the API writes it: a decimal string with 2 places ("1250.00"). */
export type Money = Schemas['InvoiceResponse']['amount'];
export type Invoice = Schemas['InvoiceResponse'];
export type InvoiceStatus = Invoice['status'];
export type ListedInvoice = Schemas['ListedInvoiceResponse'];
export type InvoiceJob = Schemas['InvoiceJobStatus'];
export type FailedBilling = Schemas['FailedBillingResponse'];
export type Payment = Schemas['PaymentResponse'];
export type PaymentMethod = Payment['method'];
export type ListedPayment = Schemas['ListedPaymentResponse'];
export type LedgerEntry = Schemas['ListedLedgerEntryResponse'];
export type ReportDay = Schemas['DayTakings'];
export type InvoiceTally = Schemas['InvoiceTally'];
export type ReportSummary = Schemas['SummaryResponse'];
export type PaymentsReport = Schemas['PaymentsSection'];
export type OperatorTakings = Schemas['OperatorTakings'];
export type Dashboard = Schemas['DashboardResponse'];
export type ModuleSetting = Schemas['ModuleSwitch'];
export type Message = Schemas['MessageResponse'];
export type MessageStatus = Message['status'];
export type MessageJob = Schemas['MessageJobStatus'];
export type MessageRecipientCount = Schemas['MessageRecipientCount'];
export type MessageTemplate = Schemas['MessageTemplateResponse'];
export type MessageSettings = Schemas['MessageSettingsResponse'];
export type ListedTicket = Schemas['ListedTicketResponse'];
/** A ticket with its thread (GET /tickets/:id). */
export type Ticket = Schemas['TicketDetailResponse'];
export type TicketReply = Schemas['TicketReplyResponse'];

// What the panel sends.
export type NewAccountBody = Schemas['CreateUserDto'];
export type AccountPermissionsBody = Schemas['SetUserPermissionsDto'];
export type AccountChanges = Schemas['UpdateUserDto'];
export type NewSubscriber = Schemas['CreateSubscriberDto'];
export type SubscriberChanges = Schemas['UpdateSubscriberDto'];
export type PackageFields = Schemas['CreatePackageDto'];
export type InvoiceChanges = Schemas['UpdateInvoiceDto'];
export type RecordPaymentBody = Schemas['RecordPaymentDto'];
/** The JSON body an operation of the API takes. */
type BodyOf<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type SendMessagesBody = BodyOf<paths['/api/messages']['post']>;
export type MessageRecipientsBody = BodyOf<paths['/api/messages/count']['post']>;
export type MessageSettingsBody = BodyOf<paths['/api/settings/messages']['put']>;
export type NewTicket = Schemas['CreateTicketDto'];
export type TicketChanges = Schemas['UpdateTicketDto'];
