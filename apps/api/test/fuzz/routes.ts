import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { controllerRoutes } from '../support/controller-routes';

/** The part of a JSON schema the fuzzer reads (OpenAPI 3.0 flavour, $refs resolved). */
export interface Schema {
  type?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  nullable?: boolean;
  format?: string;
  example?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

export interface Param {
  name: string;
  schema: Schema;
  required: boolean;
}

export interface Route {
  method: string;
  /** `/api/roles/{id}`, as in the OpenAPI document. */
  path: string;
  pathParams: Param[];
  query: Param[];
  body?: Schema;
  /** Needs no token (no `security` in the document): sign-in and the like. */
  isPublic: boolean;
  /** Content types its 2xx answers may have besides JSON (say, text/csv). */
  answerTypes: string[];
}

/** `GET /api/roles/{id}`: how routes are named in reports and coverage. */
export const routeKey = (route: Pick<Route, 'method' | 'path'>) => `${route.method} ${route.path}`;

type OpenApi = { paths: Record<string, Record<string, any>>; components?: { schemas?: Record<string, any> } };

/** Every operation of the OpenAPI document the app serves, with its parameters and body schema resolved. */
export function routesOf(doc: OpenApi): Route[] {
  const resolve = (schema: any, depth = 0): Schema => {
    if (!schema || depth > 10) return {};
    if (schema.$ref) return resolve(doc.components?.schemas?.[schema.$ref.split('/').pop()], depth + 1);
    if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s: any) => resolve(s, depth + 1)));
    // One record or a list of them (POST /roles/import): the record.
    const record = schema.oneOf?.find((s: any) => s.$ref);
    if (record) return resolve(record, depth + 1);
    const out: Schema = { ...schema };
    if (schema.items) out.items = resolve(schema.items, depth + 1);
    if (schema.properties) out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, resolve(v, depth + 1)]));
    return out;
  };
  const routes: Route[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const params = (op.parameters ?? []).map((p: any): Param & { in: string } => ({
        name: p.name,
        in: p.in,
        schema: resolve(p.schema),
        required: !!p.required,
      }));
      const body = op.requestBody?.content?.['application/json']?.schema;
      const answerTypes = Object.entries(op.responses ?? {})
        .filter(([status]) => status.startsWith('2'))
        .flatMap(([, r]: [string, any]) => Object.keys(r.content ?? {}))
        .filter((t) => t !== 'application/json');
      routes.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p: { in: string }) => p.in === 'path'),
        query: params.filter((p: { in: string }) => p.in === 'query'),
        body: body && resolve(body),
        isPublic: !op.security?.length,
        answerTypes,
      });
    }
  }
  return routes.sort((a, b) => routeKey(a).localeCompare(routeKey(b)));
}

/** Every route the Nest app registers, as `GET /api/roles/{id}`: the OpenAPI document must list them all. */
export function registeredRoutes(app: NestFastifyApplication): string[] {
  return controllerRoutes(app)
    .map(({ method, url }) => `${method} ${url.replace(/:(\w+)/g, '{$1}')}`)
    .sort((a, b) => a.localeCompare(b)); // the order of routesOf
}
