import type { FastifyInstance } from 'fastify';

/**
 * DESIGN §6 and RFC 6749 §5.1: no answer of the API may be kept by a browser or a proxy cache. Token answers
 * must say so, and nearly every other answer carries personal or money data, so the API says it of every
 * answer, errors included, in this one place; a route that may be cached would set its own Cache-Control.
 */
export function noStoreByDefault(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}
