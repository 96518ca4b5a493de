import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type Doc = { paths: Record<string, Record<string, any>>; components?: Record<string, any> };

/** Every object schema that lists its properties allows no others: an answer carrying an undeclared field fails. */
function closed(schema: any): any {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!schema || typeof schema !== 'object') return schema;
  const out = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === 'example' ? v : closed(v)]));
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

/**
 * Checks real answers against the OpenAPI document: the status must be declared for the operation, and the body
 * must match the schema declared for that status and content type (ajv, OpenAPI 3.0's `nullable` included).
 * Returns what is wrong, or undefined.
 */
export function answerChecker(doc: Doc) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ components: closed(doc.components ?? {}) }, 'openapi');
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = (key: string, schema: unknown) => {
    if (!validators.has(key)) {
      const rebased = JSON.parse(JSON.stringify(closed(schema)).replace(/"#\/components\//g, '"openapi#/components/'));
      validators.set(key, ajv.compile(rebased));
    }
    return validators.get(key)!;
  };

  return (method: string, path: string, answer: { status: number; headers: Record<string, unknown>; body: string }): string | undefined => {
    const operation = doc.paths[path]?.[method.toLowerCase()];
    if (!operation) return `${method} ${path} is not in the document`;
    const declared = operation.responses?.[String(answer.status)];
    if (!declared) return `status ${answer.status} is not declared (declared: ${Object.keys(operation.responses ?? {}).join(', ')})`;
    if (!declared.content) return answer.body ? `${answer.status} declares no body but answered one` : undefined;
    const type = String(answer.headers['content-type'] ?? '')
      .split(';')[0]
      .trim();
    const media = declared.content[type];
    if (!media) return `${answer.status} answered ${type || 'no content type'}, declared ${Object.keys(declared.content).join(', ')}`;
    let body: unknown = answer.body;
    if (type === 'application/json') {
      try {
        body = JSON.parse(answer.body);
      } catch {
        return `${answer.status} body is not JSON`;
      }
    }
    const validate = validatorFor(`${method} ${path} ${answer.status} ${type}`, media.schema ?? {});
    return validate(body) ? undefined : `${answer.status} body off its declared schema: ${ajv.errorsText(validate.errors, { dataVar: 'body' })}`;
  };
}
