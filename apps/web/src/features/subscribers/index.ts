// What other features use of subscribers: the query keys, so that what they change is fetched again.
export { subscriberKeys } from './subscriber-keys';
