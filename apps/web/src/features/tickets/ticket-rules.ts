/** The API's bounds on ticket text (CreateTicketDto, ReplyDto), checked in the forms before anything is sent. */
export const SUBJECT_MAX = 200;
export const BODY_MAX = 5000;

export const checkSubject = (value: string) => (!value.trim() ? 'Say in a few words what the complaint is about' : value.trim().length > SUBJECT_MAX ? `At most ${SUBJECT_MAX} characters` : null);

export const checkBody = (value: string) => (!value.trim() ? 'Write the message' : value.trim().length > BODY_MAX ? `At most ${BODY_MAX} characters` : null);
