import { HttpException, HttpStatus } from '@nestjs/common';

/** 429 whose answer carries `Retry-After` (ErrorShapeFilter sends it): the contract asks it of every 429. */
export class RetryLaterException extends HttpException {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, HttpStatus.TOO_MANY_REQUESTS);
  }
}
