import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import path from 'node:path';

/** The committed copy the panel generates its types from: apps/api/openapi.json (from src/ and dist/ alike). */
export const OPENAPI_SNAPSHOT = path.resolve(__dirname, '../../openapi.json');

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * What the HTTP layer answers before any route's code, by method: no decorator sees the method of the route it
 * is on, so these are added here. A route's own description of the same status stays.
 */
const LAYER_ERRORS: Record<string, string> = {
  414: 'The URL is too long',
  503: 'The database or the job queue is unavailable; try again shortly',
};
const BODY_ERRORS: Record<string, string> = {
  413: 'Request body is too large',
  415: 'Unsupported content type: send application/json',
};
const TAKES_BODY = new Set(['post', 'put', 'patch', 'delete']);

/**
 * The OpenAPI document of the app's routes (API.md: exact, and clients take their types from it). Served at
 * /api/docs-json, kept as apps/api/openapi.json (`pnpm --filter @tiergate/api openapi`), linted by Redocly.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Tiergate API')
      .setDescription('Roles, permissions and the operator tree of an ISP panel. Each operation names its permission in x-permission.')
      .setVersion('1')
      .addServer('/', 'The installation serving this document')
      .addBearerAuth()
      .build(),
  );
  const errorSchema = { $ref: '#/components/schemas/ErrorResponse' };
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = path[method];
      if (!operation) continue;
      // A public route says so (no credentials) rather than leaving security unstated.
      operation.security ??= [];
      for (const [status, description] of Object.entries({ ...LAYER_ERRORS, ...(TAKES_BODY.has(method) ? BODY_ERRORS : {}) })) {
        operation.responses[status] ??= { description, content: { 'application/json': { schema: errorSchema } } };
      }
    }
  }
  return document;
}

/** The document as text with every object's keys in order: the committed snapshot's form. */
export function stableJson(value: unknown): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
          )
        : v;
  return `${JSON.stringify(sorted(value), null, 2)}\n`;
}
