import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import { OpenAPIObject } from '@nestjs/swagger';
import type { FastifyInstance, FastifySerializerCompiler } from 'fastify';

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

/** Fastify's own serializer compiler (fast-json-stringify), our schemas being inlined (no shared ones). */
const compile = SerializerSelector()({}, {}) as FastifySerializerCompiler<unknown>;

/**
 * A route's serializer for one status, compiled when it first answers with it: compiling every schema of every route
 * was a seventh of the API's start (bench/request-path.mjs), most of it for answers an instance may never give.
 */
export const compileOnFirstUse: FastifySerializerCompiler<unknown> = (route) => {
  let serialize: ((data: unknown) => string) | undefined;
  return (data) => (serialize ??= compile(route))(data);
};

/** Per route (`GET /api/things/:id`), the JSON schema of each status it answers with JSON, references inlined. */
export function answerSchemasOf(document: OpenAPIObject): Map<string, Record<string, unknown>> {
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
  return byRoute;
}

/**
 * Each route's JSON answers are serialized by the schemas the OpenAPI document declares for them (Fastify's
 * `schema.response`, fast-json-stringify): faster than JSON.stringify, and a field the document does not declare
 * never leaves. Call before the routes are registered (app.init()).
 */
export function serializeAnswersByDocument(document: OpenAPIObject, fastify: FastifyInstance): void {
  const byRoute = answerSchemasOf(document);
  // An operation whose schemas reach no route (a path spelled otherwise, a prefix missed) would answer unserialized
  // and unfiltered: the application refuses to start instead.
  const unattached = new Set([...byRoute].filter(([, response]) => Object.keys(response).length).map(([key]) => key));
  fastify.addHook('onRoute', (route) => {
    const key = `${String(route.method)} ${route.url}`;
    const response = byRoute.get(key);
    if (!response) return;
    route.schema = { ...route.schema, response };
    route.serializerCompiler = compileOnFirstUse;
    unattached.delete(key);
  });
  fastify.addHook('onReady', async () => {
    if (unattached.size) throw new Error(`The OpenAPI document's answers of ${[...unattached].join(', ')} reached no route`);
  });
}
