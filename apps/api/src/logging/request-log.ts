import { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hostname } from 'node:os';
import { DestinationStream } from 'pino';
import { Caller } from '../access/caller';

/** An incoming X-Request-Id is kept only if it is short and plain, so it cannot forge or flood a log line. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Fastify's `genReqId`: the id of a request in the logs, and in its response's X-Request-Id. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Every answer names its request (X-Request-Id), and with `lines` each request is logged: one JSON line when the
 * response closes, complete or cut short by the client (`request aborted`, an event stream left open until then
 * included): `{level, time, pid, hostname, reqId, method, route, statusCode, accountId, responseTime, msg}`, as pino
 * writes a line, in one hook. A 5xx's cause is logged apart by the exception filter, same reqId.
 *
 * The line is built here and written straight to the destination, as it is on every request's path: its fields need
 * no escaping or redaction (the id is plain, SANE_REQUEST_ID, or a UUID, the method a verb, the route one of ours,
 * quoted anyway, the rest numbers), so pino's generic serialisation would only add work. No header, query or body, so no
 * secret or personal data. `responseTime` is in whole milliseconds from the request's arrival.
 */
export function answerAndLogRequests(fastify: FastifyInstance, lines: DestinationStream | null) {
  if (!lines) {
    fastify.addHook('onRequest', (request, reply, done) => {
      reply.header('X-Request-Id', request.id);
      done();
    });
    return;
  }
  const origin = `,"pid":${process.pid},"hostname":${JSON.stringify(hostname())}`;
  fastify.addHook('onRequest', (request: FastifyRequest & { caller?: Caller }, reply: FastifyReply, done) => {
    const arrived = performance.now();
    reply.header('X-Request-Id', request.id);
    reply.raw.on('close', () => {
      const statusCode = reply.statusCode;
      const [level, msg] =
        statusCode >= 500
          ? ['error', 'request errored']
          : !request.raw.readableAborted && reply.raw.writableEnded
            ? ['info', 'request completed']
            : ['info', 'request aborted'];
      lines.write(
        `{"level":"${level}","time":"${new Date().toISOString()}"${origin},"reqId":"${request.id}","method":"${request.method}",` +
          `"route":${JSON.stringify(request.routeOptions.url ?? null)},"statusCode":${statusCode},"accountId":${request.caller?.id ?? null},` +
          `"responseTime":${Math.round(performance.now() - arrived)},"msg":"${msg}"}\n`,
      );
    });
    done();
  });
}
