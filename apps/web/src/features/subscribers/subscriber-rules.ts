import { PHONE_PATTERN, USERNAME_PATTERN } from '@tiergate/access';

/** The API's field rules (apps/api CreateSubscriberDto), checked in the form before anything is sent. */

export const checkUsername = (value: string) => (USERNAME_PATTERN.test(value) ? null : 'Use 3 to 64 letters, digits, dots, underscores or dashes (no spaces)');

export const checkName = (value: string) => (!value.trim() ? 'Enter the subscriber’s name' : value.length > 100 ? 'At most 100 characters' : null);

export const checkPhone = (value: string) =>
  !value.trim() || PHONE_PATTERN.test(value.trim()) ? null : 'A phone number: digits, spaces, ( ) and -, optionally a leading +';

export const checkAddress = (value: string) => (value.length > 300 ? 'At most 300 characters' : null);
