import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Our bodies are at most two levels deep; 32 leaves room and still stops recursion bombs. */
export const MAX_JSON_DEPTH = 32;
/** Our longest legitimate URL (an audit query with every filter) is well under 1 KiB. */
export const MAX_URL_LENGTH = 4096;

const OPEN_OBJECT = 0x7b,
  OPEN_ARRAY = 0x5b,
  CLOSE_OBJECT = 0x7d,
  CLOSE_ARRAY = 0x5d,
  QUOTE = 0x22,
  BACKSLASH = 0x5c;

/**
 * Whether JSON text nests deeper than `limit`, by one linear pass that skips strings, so that an over-deep body
 * is refused before JSON.parse, class-transformer or class-validator recurse into it. Malformed text is left
 * to JSON.parse to refuse.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === QUOTE) {
      i = endOfString(text, i);
    } else if (char === OPEN_OBJECT || char === OPEN_ARRAY) {
      if (++depth > limit) return true;
    } else if (char === CLOSE_OBJECT || char === CLOSE_ARRAY) {
      depth--;
    }
  }
  return false;
}

/** The index of the quote closing the string opened at `start` (the end of the text if none). */
function endOfString(text: string, start: number): number {
  let quote = start;
  for (;;) {
    quote = text.indexOf('"', quote + 1);
    if (quote === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
}

/** A NUL (PostgreSQL's text and jsonb refuse it) or a UTF-16 surrogate without its pair (not Unicode). */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Any NUL or surrogate at all: a cheap test that almost every string passes, before the exact one. */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const SUSPECT = /[\u0000\ud800-\udfff]/;

export function isStorableText(text: string): boolean {
  return !SUSPECT.test(text) || !UNSTORABLE.test(text);
}

/** The path (`name`, `permissions[3]`, `a.b`) of the first string or property name in `value` that is not storable text. */
export function findUnstorableText(value: unknown): string | undefined {
  const keys = unstorableAt(value);
  if (!keys) return undefined;
  const shown = (key: string) => key.replace(new RegExp(UNSTORABLE, 'g'), '\uFFFD');
  return keys.reduce<string>((path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${shown(key)}` : shown(key)), '');
}

/** The keys leading to the first unstorable string or property name, array indexes as numbers; paths are only built then. */
function unstorableAt(value: unknown): (string | number)[] | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : [];
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableAt(value[i]);
      if (found) return [i, ...found];
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!isStorableText(key)) return [key];
    const found = unstorableAt((value as Record<string, unknown>)[key]);
    if (found) return [key, ...found];
  }
  return undefined;
}

/**
 * What every request goes through before any route sees it, whatever the route does with its input:
 * JSON is the only body type (anything else 415); an empty JSON body counts as none (routes without a body
 * accept it, the others report their missing fields); over-deep JSON, over-long URLs, and NUL or unpaired
 * surrogates anywhere in the body or query are refused with a 400 (414 for the URL) naming the field.
 */
export function guardRequestInput(fastify: FastifyInstance, bodyLimit: number): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (request, body, done) => {
    const text = body as string;
    if (text.length === 0) return done(null, undefined);
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
      return done(new BadRequestException(`Body is nested too deeply (at most ${MAX_JSON_DEPTH} levels)`), undefined);
    }
    parseJson(request, text, done);
  });
  // Callback hooks, not async ones: a request that passes costs no promise.
  fastify.addHook('onRequest', (request: FastifyRequest, _reply, done) => {
    if (request.url.length > MAX_URL_LENGTH) {
      return done(new HttpException(`URL is too long (at most ${MAX_URL_LENGTH} characters)`, HttpStatus.URI_TOO_LONG));
    }
    done();
  });
  fastify.addHook('preValidation', (request: FastifyRequest, _reply, done) => {
    const field = findUnstorableText(request.query) ?? findUnstorableText(request.body);
    if (field !== undefined) {
      return done(new BadRequestException(`${field || 'body'} must not contain NUL characters or unpaired surrogates`));
    }
    done();
  });
}
