import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpServer, HttpStatus, Logger } from '@nestjs/common';
import { codeForStatus, ErrorCode, isErrorCode } from '@tiergate/access';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { ApiException } from './api.exception';
import { isDatabaseUnavailable } from './database-unavailable';
import { RetryLaterException } from './retry-later.exception';

/** The contract's error body (API.md): every error the API sends, the framework's own included, has this shape. */
export interface ErrorBody {
  statusCode: number;
  message: string | string[];
  error: string;
  /** The cause, for clients to branch on (libs/access ERROR_CODES): an ApiException's own, else its status's general code. */
  code: ErrorCode;
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable; try again shortly';

export function errorBody(statusCode: number, message: string | string[], code = codeForStatus(statusCode)): ErrorBody {
  return { statusCode, message, error: STATUS_CODES[statusCode] ?? 'Error', code };
}

/** Fastify's own messages where they are terse or speak of its internals. */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Unsupported content type: send application/json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'Body is not valid JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'Request body is too large',
  FST_ERR_BAD_URL: 'The URL is not valid',
  FST_ERR_MAX_PARAM_LENGTH: 'The URL is too long',
};

/** Messages for exceptions thrown bare, whose message is only the status text. */
const BARE_MESSAGES: Partial<Record<number, string>> = {
  [HttpStatus.UNAUTHORIZED]: 'Missing or invalid access token',
};

/** What @nestjs/terminus throws when a health check fails: which components are down, and why. */
interface HealthCheckFailure {
  status: 'error';
  details: Record<string, { status: string; message?: string }>;
}

function isHealthCheckFailure(response: unknown): response is HealthCheckFailure {
  return typeof response === 'object' && response !== null && (response as HealthCheckFailure).status === 'error' && 'details' in response;
}

function httpExceptionMessage(exception: HttpException): string | string[] {
  const status = exception.getStatus();
  const code = (exception.cause as FastifyError | undefined)?.code;
  if (code && FASTIFY_MESSAGES[code]) return FASTIFY_MESSAGES[code];
  const response = exception.getResponse();
  if (isHealthCheckFailure(response)) {
    const down = Object.entries(response.details).filter(([, d]) => d.status !== 'up');
    return down.map(([name, d]) => `${name} is down${d.message ? ` (${d.message})` : ''}`).join('; ');
  }
  const message = typeof response === 'string' ? response : ((response as { message?: string | string[] }).message ?? exception.message);
  return message === STATUS_CODES[status] ? (BARE_MESSAGES[status] ?? message) : message;
}

/**
 * The one global exception filter: HttpExceptions (ours, Nest's, Fastify's errors that Nest maps to them),
 * an unavailable database (503), and anything else (logged, 500 with a generic message) all answer in the
 * contract's shape.
 */
@Catch()
export class ErrorShapeFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly http: HttpServer) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse();
    // What is logged here names the request, as its request line does.
    const body = this.bodyFor(exception, (reply as Partial<FastifyReply>).request?.id);
    if (this.http.isHeadersSent(reply)) return;
    if (exception instanceof RetryLaterException) this.http.setHeader(reply, 'Retry-After', String(exception.retryAfterSeconds));
    this.http.reply(reply, body, body.statusCode);
  }

  private bodyFor(exception: unknown, reqId: string | undefined): ErrorBody {
    if (exception instanceof HttpException) {
      return errorBody(exception.getStatus(), httpExceptionMessage(exception), exception instanceof ApiException ? exception.code : undefined);
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn({ reqId, msg: `Database unavailable: ${(exception as Error).message}` });
      return errorBody(HttpStatus.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE);
    }
    const status = (exception as { statusCode?: unknown } | null)?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Fastify's errors and our libraries' (libs/db's balance refusals) carry a status; the latter also an ErrorCode.
      const code = (exception as FastifyError).code;
      return errorBody(status, FASTIFY_MESSAGES[code] ?? (exception as Error).message, isErrorCode(code) ? code : undefined);
    }
    this.logger.error({ reqId, msg: exception instanceof Error ? (exception.stack ?? exception.message) : String(exception) });
    return errorBody(HttpStatus.INTERNAL_SERVER_ERROR, 'Internal server error');
  }
}

/** Fastify's `frameworkErrors`: the errors its router raises before Nest sees the request (bad URL encoding, an over-long path parameter). */
export function answerFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : HttpStatus.BAD_REQUEST;
  reply.code(status).send(errorBody(status, FASTIFY_MESSAGES[error.code] ?? error.message));
}

/** Fastify's `clientErrorHandler`: what Node's HTTP parser refuses before Fastify sees a request, as Fastify's default answers it but with the contract's `code`. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, message]: [number, string] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Client Timeout']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Exceeded maximum allowed HTTP header size']
        : [400, 'Client Error'];
  const body = JSON.stringify(errorBody(status, message, 'REQUEST_REJECTED'));
  if (socket.writable)
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json\r\n\r\n${body}`);
  socket.destroy(error);
}
