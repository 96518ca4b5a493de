import { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Logger } from 'pino';
import { Caller } from '../access/caller';

/** An incoming X-Request-Id is kept only if it is short and plain, so it cannot forge or flood a log line. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Fastify's `genReqId`: the id of a request in the logs, and in its response's X-Request-Id. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Every answer names its request, logged or not. */
export function answerRequestIds(fastify: FastifyInstance) {
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('X-Request-Id', request.id);
    done();
  });
}

/**
 * One JSON line per request: `{reqId, method, route, statusCode, accountId, responseTime, msg}`, written by one call on
 * the request logger (no child logger, no redaction: the line holds only these fields, so no header, query or body,
 * no secret or personal data) when the response closes: complete, or cut short by the client (`request aborted`, an
 * event stream left open until then included). A 5xx's cause is logged apart by the exception filter, same reqId.
 */
export function logRequests(fastify: FastifyInstance, log: Logger) {
  fastify.addHook('onRequest', (request: FastifyRequest & { caller?: Caller }, reply: FastifyReply, done) => {
    reply.raw.once('close', () => {
      const statusCode = reply.statusCode;
      const line = {
        reqId: request.id,
        method: request.method,
        route: request.routeOptions.url ?? null,
        statusCode,
        accountId: request.caller?.id ?? null,
        responseTime: Math.round(reply.elapsedTime),
      };
      if (statusCode >= 500) log.error(line, 'request errored');
      else log.info(line, !request.raw.readableAborted && reply.raw.writableEnded ? 'request completed' : 'request aborted');
    });
    done();
  });
}
