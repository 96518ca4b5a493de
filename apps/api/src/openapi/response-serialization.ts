import { OpenAPIObject } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
/** Words of the document that say nothing about the data; Fastify's serializer has no use for them. */
const ANNOTATIONS = new Set(['example', 'description']);

/** `schema` with every `#/components/schemas/X` put in place: Fastify compiles each route's schemas on their own. */
function inlined(schema: unknown, components: Record<string, unknown>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => inlined(s, components));
  if (!schema || typeof schema !== 'object') return schema;
  const ref = (schema as { $ref?: string }).$ref;
  if (ref) return inlined(components[ref.split('/').pop()!], components);
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => !ANNOTATIONS.has(key) && !key.startsWith('x-'))
      .map(([key, value]) => [
        key,
        key === 'properties' ? Object.fromEntries(Object.entries(value as object).map(([p, s]) => [p, inlined(s, components)])) : inlined(value, components),
      ]),
  );
}

/**
 * Each route's JSON answers are serialized by the schemas the OpenAPI document declares for them (Fastify's
 * `schema.response`, fast-json-stringify): faster than JSON.stringify, and a field the document does not declare
 * never leaves. Call before the routes are registered (app.init()).
 */
export function serializeAnswersByDocument(document: OpenAPIObject, fastify: FastifyInstance): void {
  const components = (document.components?.schemas ?? {}) as Record<string, unknown>;
  const byRoute = new Map<string, Record<string, unknown>>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const responses = item[method]?.responses ?? {};
      const schemas = Object.entries(responses).flatMap(([status, answer]) => {
        const schema = (answer as { content?: Record<string, { schema?: unknown }> }).content?.['application/json']?.schema;
        return schema ? [[status, inlined(schema, components)] as const] : [];
      });
      byRoute.set(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, Object.fromEntries(schemas));
    }
  }
  // An operation whose schemas reach no route (a path spelled otherwise, a prefix missed) would answer unserialized
  // and unfiltered: the application refuses to start instead.
  const unattached = new Set([...byRoute].filter(([, response]) => Object.keys(response).length).map(([key]) => key));
  fastify.addHook('onRoute', (route) => {
    const key = `${String(route.method)} ${route.url}`;
    const response = byRoute.get(key);
    if (!response) return;
    route.schema = { ...route.schema, response };
    unattached.delete(key);
  });
  fastify.addHook('onReady', async () => {
    if (unattached.size) throw new Error(`The OpenAPI document's answers of ${[...unattached].join(', ')} reached no route`);
  });
}
