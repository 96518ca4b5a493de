/** The API's bounds on messages (API.md, R17): checked here too, so a form says so before sending. */
export const TEMPLATE_NAME_MAX = 100;
export const MESSAGE_BODY_MAX = 1000;
