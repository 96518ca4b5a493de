// What other features use of subscribers: the query keys, so that what they change is fetched again; the status
// choices and the owners in scope, for picking a group of subscribers (Send message).
export { subscriberKeys } from './subscriber-keys';
export { STATUS_OPTIONS } from './subscriber-status-badge';
export { useOwners } from './use-owners';
