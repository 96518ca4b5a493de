import { ApiException } from './api.exception';

/** 429 whose answer carries `Retry-After` (ErrorShapeFilter sends it): the contract asks it of every 429. */
export class RetryLaterException extends ApiException {
  constructor(
    code: 'LOGIN_THROTTLED' | 'TOO_MANY_RUNS' | 'TOO_MANY_REQUESTS',
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message);
  }
}
