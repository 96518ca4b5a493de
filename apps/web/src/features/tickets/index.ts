// What other features use of tickets: a subscriber's tickets tab.
export { SubscriberTickets } from './subscriber-tickets';
