import { HttpException } from '@nestjs/common';
import { ERROR_CODES, ErrorCode } from '@tiergate/access';

/** An error whose cause a client tells apart: answers with the code's status, and ErrorShapeFilter sends the code. */
export class ApiException extends HttpException {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message, ERROR_CODES[code]);
  }
}
