// What other features use of invoices: a subscriber's invoices tab, recording a payment, and subscribers shown by name.
export { RecordPaymentModal } from './record-payment-modal';
export { SubscriberInvoices } from './subscriber-invoices';
export { SubscriberLink } from './subscriber-link';
