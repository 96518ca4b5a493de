import { isErrorCode } from '@tiergate/access';
import type { FuzzRequest } from './generator';

/** One answer as the oracle sees it. */
export interface Answer {
  method: string;
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

/** Internals that a readable message never names: exception classes, SQL, stack frames. */
const INTERNALS =
  /\b[A-Z][A-Za-z]+(Exception|Error)\b|\bat \S+ \(|\.ts:\d+|\b(SELECT|INSERT|UPDATE)\b .*\b(FROM|INTO|SET)\b|\bQueryFailed|\bduplicate key\b|\bviolates\b/;

/**
 * What is wrong with an answer, or undefined when it keeps the contract (API.md): never a 5xx; every error an
 * object of exactly `{statusCode, message, error, code}`, `statusCode` the HTTP status, `message` a readable non-empty
 * string or list of strings, `error` a string, `code` one of the contract's error codes; a 429 says when to retry; anything else is JSON or an empty 204.
 */
export function contractViolation(answer: Answer, extraAnswerTypes: string[] = []): string | undefined {
  const { status, headers, body, method } = answer;
  if (status >= 500) return `server error ${status}`;
  if (status < 200 || (status >= 300 && status < 400)) return `unexpected status ${status}`;
  const type = String(headers['content-type'] ?? '');
  if (status >= 400) {
    if (status === 429 && !/^\d+$/.test(String(headers['retry-after'] ?? ''))) return '429 without a Retry-After in seconds';
    // Over a socket, Node drops a HEAD answer's body; inject keeps it.
    if (method === 'HEAD') return undefined;
    if (!type.startsWith('application/json')) return `error with content-type "${type}"`;
    const parsed = parse(body);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return 'error body is not a JSON object';
    const keys = Object.keys(parsed).sort().join(',');
    if (keys !== 'code,error,message,statusCode') return `error body has keys {${keys}}`;
    if (parsed.statusCode !== status) return `statusCode ${JSON.stringify(parsed.statusCode)} differs from the HTTP status`;
    if (typeof parsed.error !== 'string' || !parsed.error) return 'error is not a non-empty string';
    if (!isErrorCode(parsed.code)) return `code ${JSON.stringify(parsed.code)} is not an error code of the contract`;
    const messages = Array.isArray(parsed.message) ? parsed.message : [parsed.message];
    if (!messages.length || !messages.every((m: unknown) => typeof m === 'string' && m.trim())) return 'message is not a non-empty string or list of strings';
    const internal = messages.find((m: string) => INTERNALS.test(m));
    if (internal) return `message shows internals: ${internal.slice(0, 80)}`;
    return undefined;
  }
  if (method === 'HEAD') return undefined;
  if (status === 204) return body ? '204 answered with a body' : undefined;
  if (extraAnswerTypes.some((t) => type.startsWith(t))) return undefined;
  if (!type.startsWith('application/json')) return `${status} with content-type "${type}"`;
  return parse(body) === undefined ? `${status} body is not JSON` : undefined;
}

/** A 400 that names one of the route's query parameters refuses the query sent with the body, not the body. */
function refusesTheQuery(request: FuzzRequest, answer: Answer): boolean {
  const messages = [parse(answer.body)?.message].flat().filter((m): m is string => typeof m === 'string');
  return request.route.query.some((param) => messages.some((m) => m.includes(param.name)));
}

function parse(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Classes whose `detail` is the name of the one field or parameter made wrong. */
const NAMES_A_FIELD =
  /^(body:(?!empty-json-body|malformed-json|not-an-object|proto-key|deep-nesting|unknown-field|all-null|duplicate-keys|oversize|wrong-content-type|no-content-type)|query:(?!raw-garbage))/;

/**
 * What issue 7 asks of the answer to a particular input, beyond its shape: a validation 400 (a list of
 * messages) for one bad field names that field (`permissions` as "each permission …" too); a route that takes
 * no body accepts an empty JSON body (suspend, reconnect, copy, logout); a path id that is not plain digits
 * (`+1`, `0x10`, `1e3`, `1%20`) reaches no record.
 */
export function inputViolation(request: FuzzRequest, answer: Answer): string | undefined {
  if (!request.identity.login || request.method !== request.route.method) return undefined;
  if (
    request.inputClass === 'body:empty-json-body' &&
    !request.route.body &&
    (answer.status === 415 || (answer.status === 400 && !refusesTheQuery(request, answer)))
  ) {
    return `a route that takes no body refused an empty JSON body with ${answer.status}`;
  }
  if (request.inputClass === 'path:hostile-id' && answer.status < 300 && !/^\d+$/.test(request.detail))
    return `path id "${request.detail}" was read as a number`;
  const validated = request.inputClass.startsWith('body:') ? !!request.route.body : request.route.query.length > 0;
  if (answer.status === 400 && validated && NAMES_A_FIELD.test(request.inputClass) && request.detail) {
    const messages = parse(answer.body)?.message;
    const field = request.detail.replace(/s$/, '');
    if (Array.isArray(messages) && !messages.some((m) => typeof m === 'string' && m.includes(field))) return `the 400 does not name ${request.detail}`;
  }
  return undefined;
}
