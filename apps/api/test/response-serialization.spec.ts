import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import { OpenAPIObject } from '@nestjs/swagger';
import Fastify from 'fastify';
import { readFileSync } from 'node:fs';
import { OPENAPI_SNAPSHOT } from '../src/openapi/document';
import { answerSchemasOf, serializeAnswersByDocument } from '../src/openapi/response-serialization';

const document = {
  openapi: '3.0.0',
  info: { title: 'test', version: '1' },
  paths: {
    '/api/things/{id}': {
      get: {
        responses: {
          200: { description: 'A thing', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
          404: { description: 'No such thing', content: { 'application/json': { schema: { $ref: '#/components/schemas/Failure' } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        properties: { id: { type: 'integer' }, at: { type: 'string', format: 'date-time' }, description: { type: 'string', nullable: true, example: 'x' } },
        required: ['id', 'at', 'description'],
      },
      Failure: { type: 'object', properties: { statusCode: { type: 'integer' }, message: { type: 'string' } }, required: ['statusCode', 'message'] },
    },
  },
} as unknown as OpenAPIObject;

it("serializes a route's answers by the schemas the document declares for each status: an undeclared field never leaves", async () => {
  const fastify = Fastify();
  serializeAnswersByDocument(document, fastify);
  fastify.get('/api/things/:id', async (request, reply) => {
    if ((request.params as { id: string }).id !== '7') return reply.code(404).send({ statusCode: 404, message: 'No such thing', stack: 'at …' });
    return { id: 7, at: new Date('2026-01-02T03:04:05Z'), description: null, passwordHash: 'secret' };
  });
  expect((await fastify.inject('/api/things/7')).json()).toEqual({ id: 7, at: '2026-01-02T03:04:05.000Z', description: null });
  expect((await fastify.inject('/api/things/8')).json()).toEqual({ statusCode: 404, message: 'No such thing' });
  await fastify.close();
});

it('refuses to start when an operation of the document reaches no route (its answers would leave unserialized)', async () => {
  const fastify = Fastify();
  serializeAnswersByDocument(document, fastify);
  fastify.get('/things/:id', async () => ({ id: 7 }));
  await expect(fastify.ready()).rejects.toThrow("The OpenAPI document's answers of GET /api/things/:id reached no route");
  await fastify.close();
});

it('compiles every answer schema of the committed document (the API compiles each on its first use, so a bad one would fail a request, not the start)', () => {
  const compile = SerializerSelector()({}, {});
  const answers = [...answerSchemasOf(JSON.parse(readFileSync(OPENAPI_SNAPSHOT, 'utf8')))].flatMap(([route, byStatus]) =>
    Object.entries(byStatus).map(([status, schema]) => ({ route, status, schema })),
  );
  expect(answers.length).toBeGreaterThan(100);
  for (const { schema } of answers) expect(typeof compile({ schema, method: 'GET', url: '/', httpStatus: '200' })).toBe('function');
});
