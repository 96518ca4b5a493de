import { TICKET_BODY_MAX, TICKET_SUBJECT_MAX } from '@tiergate/access';

/** The API's bounds on ticket text (CreateTicketDto, AddReplyDto), checked in the forms before anything is sent. */
export const checkSubject = (value: string) =>
  !value.trim()
    ? 'Say in a few words what the complaint is about'
    : value.trim().length > TICKET_SUBJECT_MAX
      ? `At most ${TICKET_SUBJECT_MAX} characters`
      : null;

export const checkBody = (value: string) =>
  !value.trim() ? 'Write the message' : value.trim().length > TICKET_BODY_MAX ? `At most ${TICKET_BODY_MAX} characters` : null;
