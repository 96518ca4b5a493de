import { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { FastifyInstance, FastifyRequest } from 'fastify';
import { Params } from 'nestjs-pino';
import { DestinationStream, stdTimeFunctions } from 'pino';
import { Caller } from '../access/caller';

/** An incoming X-Request-Id is kept only if it is short and plain, so it cannot forge or flood a log line. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** pino-http sees Node's request; the route and the caller live on Fastify's, reached through this link. */
const FASTIFY_REQUEST = Symbol('fastifyRequest');
type LinkedRequest = IncomingMessage & { [FASTIFY_REQUEST]?: FastifyRequest & { caller?: Caller } };

/** Fastify's `genReqId`: the id of a request in the logs, and in its response's X-Request-Id. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

export function linkFastifyRequests(fastify: FastifyInstance) {
  fastify.addHook('onRequest', async (request, reply) => {
    (request.raw as LinkedRequest)[FASTIFY_REQUEST] = request;
    reply.header('X-Request-Id', request.id);
  });
}

/**
 * What one request's line says besides its id and time: no headers, query or body, so no secret or personal data.
 * A 5xx's cause is logged apart by the exception filter, with the same reqId.
 */
function requestLine(req: IncomingMessage, res: ServerResponse, responseTime: number) {
  const request = (req as LinkedRequest)[FASTIFY_REQUEST];
  return {
    method: req.method,
    route: request?.routeOptions.url ?? null,
    statusCode: res.statusCode,
    accountId: request?.caller?.id ?? null,
    responseTime,
  };
}

/**
 * One JSON line per request: `{reqId, method, route, statusCode, accountId, responseTime, msg}`; logs written while
 * handling it carry its reqId. Headers and bodies are never logged; the redaction covers any object logged by hand.
 */
export function requestLogParams(destination: DestinationStream): Params {
  return {
    pinoHttp: [
      {
        level: 'info',
        timestamp: stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        redact: {
          paths: [
            'password',
            'refreshToken',
            'accessToken',
            '*.password',
            '*.refreshToken',
            '*.accessToken',
            '*.authorization',
            '*.headers.authorization',
            '*.headers.cookie',
          ],
          censor: '[redacted]',
        },
        quietReqLogger: true,
        quietResLogger: true,
        customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
        customSuccessObject: (req, res, value) => requestLine(req, res, value.responseTime),
        customErrorObject: (req, res, _err, value) => requestLine(req, res, value.responseTime),
      },
      destination,
    ],
  };
}
