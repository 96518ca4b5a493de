// What other features use of messages: Send message to one subscriber from its profile.
export { SendMessageModal } from './send-message-modal';
