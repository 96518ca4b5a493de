import type { FuzzRequest } from './generator';
import { Answer, contractViolation, inputViolation } from './oracle';
import type { Route } from './routes';
import { Prng } from './prng';
import { percentEncode, RawJson, toJsonText } from './values';

const json = { 'content-type': 'application/json; charset=utf-8' };
const answer = (status: number, body: unknown, headers: Answer['headers'] = json, method = 'GET'): Answer => ({
  method,
  status,
  headers,
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('the fuzzer’s oracle', () => {
  it('passes answers that keep the contract', () => {
    expect(contractViolation(answer(200, { items: [] }))).toBeUndefined();
    expect(contractViolation(answer(204, '', {}))).toBeUndefined();
    expect(
      contractViolation(answer(400, { statusCode: 400, message: ['name must be a string'], error: 'Bad Request', code: 'VALIDATION_FAILED' })),
    ).toBeUndefined();
    expect(
      contractViolation(
        answer(
          429,
          { statusCode: 429, message: 'Too many attempts; try again in 30 seconds', error: 'Too Many Requests', code: 'LOGIN_THROTTLED' },
          { ...json, 'retry-after': '30' },
        ),
      ),
    ).toBeUndefined();
    expect(contractViolation(answer(200, 'day,total\n', { 'content-type': 'text/csv' }), ['text/csv'])).toBeUndefined();
  });

  it('fails a 5xx, an error off the shape or without a code of the contract, a 429 without Retry-After, a class name, and a success that is not JSON', () => {
    expect(contractViolation(answer(503, { statusCode: 503, message: 'Database unavailable', error: 'Service Unavailable' }))).toBe('server error 503');
    expect(contractViolation(answer(401, { statusCode: 401, message: 'Unauthorized' }))).toBe('error body has keys {message,statusCode}');
    expect(contractViolation(answer(400, { statusCode: 400, code: 'FST_ERR_BAD_URL', message: 'bad', error: 'Bad Request' }))).toBe(
      'code "FST_ERR_BAD_URL" is not an error code of the contract',
    );
    expect(contractViolation(answer(400, { statusCode: 400, message: 'bad', error: 'Bad Request', stack: 'x' }))).toBe(
      'error body has keys {error,message,stack,statusCode}',
    );
    expect(contractViolation(answer(404, { statusCode: 400, message: 'x', error: 'Not Found', code: 'NOT_FOUND' }))).toBe(
      'statusCode 400 differs from the HTTP status',
    );
    expect(contractViolation(answer(400, { statusCode: 400, message: '', error: 'Bad Request', code: 'VALIDATION_FAILED' }))).toBe(
      'message is not a non-empty string or list of strings',
    );
    expect(contractViolation(answer(413, 'Payload Too Large', { 'content-type': 'text/plain' }))).toBe('error with content-type "text/plain"');
    expect(contractViolation(answer(429, { statusCode: 429, message: 'Slow down', error: 'Too Many Requests' }))).toBe('429 without a Retry-After in seconds');
    expect(
      contractViolation(
        answer(
          429,
          { statusCode: 429, message: 'ThrottlerException: Too Many Requests', error: 'Too Many Requests', code: 'LOGIN_THROTTLED' },
          { ...json, 'retry-after': '60' },
        ),
      ),
    ).toMatch(/^message shows internals/);
    expect(contractViolation(answer(200, '<html>', { 'content-type': 'text/html' }))).toBe('200 with content-type "text/html"');
    expect(contractViolation(answer(204, '{}', {}))).toBe('204 answered with a body');
  });

  it('fails a route without a body that refuses an empty JSON body, not one that refuses the query sent with it', () => {
    const route: Route = {
      method: 'GET',
      path: '/api/preview',
      pathParams: [],
      query: [{ name: 'roleId', schema: { type: 'string' }, required: false }],
      isPublic: false,
      answerTypes: [],
    };
    const emptyBody = { route, method: 'GET', inputClass: 'body:empty-json-body', detail: '', identity: { login: 'r1' } } as unknown as FuzzRequest;
    const refusal = (message: string, status = 400) => answer(status, { statusCode: status, message, error: 'Bad Request', code: 'VALIDATION_FAILED' });
    expect(inputViolation(emptyBody, refusal("Body cannot be empty when content-type is set to 'application/json'"))).toBe(
      'a route that takes no body refused an empty JSON body with 400',
    );
    expect(inputViolation(emptyBody, refusal('Unsupported Media Type', 415))).toBe('a route that takes no body refused an empty JSON body with 415');
    expect(inputViolation(emptyBody, refusal('Give exactly one of roleId and accountId'))).toBeUndefined();
  });
});

describe('the fuzzer’s tools', () => {
  it('draws the same sequence from the same seed', () => {
    const draw = (seed: number) =>
      Array.from(
        { length: 5 },
        (
          (rng) => () =>
            rng.below(1000)
        )(new Prng(seed)),
      );
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('writes what JSON.stringify cannot: deep nesting verbatim, lone surrogates escaped and percent-encoded', () => {
    expect(toJsonText({ a: new RawJson('[[[]]]'), b: '\ud800', c: [1, null] })).toBe('{"a":[[[]]],"b":"\\ud800","c":[1,null]}');
    expect(toJsonText({ a: new RawJson('['.repeat(20_000) + ']'.repeat(20_000)) })).toHaveLength(40_006);
    expect(percentEncode('a\ud800b é')).toBe('a%ED%A0%80b%20%C3%A9');
  });
});
