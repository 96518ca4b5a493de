import { Prng } from './prng';
import { Schema } from './routes';

/** JSON text spliced verbatim into a body: what JSON.stringify cannot write (20,000-deep arrays, `-0`, `1e400`, `__proto__`). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** Serialises a body that may hold RawJson parts, without recursing into them. */
export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

const deepArray = (depth: number) => new RawJson('['.repeat(depth) + ']'.repeat(depth));
const deepObject = (depth: number) => new RawJson('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));

/** Hostile values by class. Each class is a kind of input that once broke (or could break) a parser, a validator or the database. */
export const HOSTILE = {
  'huge-number': [
    3000000000,
    2147483648,
    -2147483649,
    4294967296,
    1e308,
    -1e308,
    1e21,
    Number.MAX_SAFE_INTEGER,
    // eslint-disable-next-line no-loss-of-precision -- 2^53+1 on purpose: the parser must refuse what a double cannot hold
    9007199254740993,
    new RawJson('1e309'),
    new RawJson('-1e309'),
    new RawJson('123456789012345678901234567890'),
    '3000000000',
    '1e308',
  ],
  'bad-number': [
    0,
    -1,
    1.5,
    0.1,
    1e-7,
    -0.5,
    new RawJson('-0'),
    new RawJson('1E-400'),
    '1',
    'NaN',
    'Infinity',
    '-Infinity',
    '0x10',
    '',
    ' 1',
    '1 ',
    '1,5',
    '١٢',
  ],
  'nul-byte': ['\u0000', 'a\u0000b', 'fuzz\u0000', '\u0000@example.com', 'a@b.c\u0000', '\u0000'.repeat(50)],
  'lone-surrogate': ['\ud800', '\udc00', 'a\ud800b', '\udfff\ud800', '\ud800@example.com', 'fuzz\ud83d', '\udbff'],
  'long-string': ['x'.repeat(10_000), 'é'.repeat(20_000), '😀'.repeat(7_000), 'a'.repeat(70_000)],
  'odd-unicode': [
    '😀',
    'Ω≈ç√∫',
    '\u202eevil',
    'e\u0301',
    '\u200b',
    '\ufeff',
    '\uffff',
    '\u{10ffff}',
    'İİİ',
    'ſ',
    '\u0085',
    'a\nb',
    '\t',
    '\u3000',
    '\u2028',
    'ﷺ'.repeat(30),
  ],
  'odd-string': [
    '',
    ' ',
    "' OR 1=1 --",
    '%',
    '_',
    '\\',
    '.*',
    '(a+)+$',
    '${x}',
    '<script>x</script>',
    '../../etc/passwd',
    'null',
    'undefined',
    'true',
    '[]',
    '{}',
    '__proto__',
    'constructor',
    '-1',
    'a'.repeat(300),
  ],
  'bad-date': [
    '2024-W01-1',
    '2024-01-01T00:00:00+19:00',
    '0000-01-01',
    '275760-09-14',
    '+275760-09-14T00:00:00.000Z',
    '-271821-04-20',
    '2024-02-30',
    '2024-13-01',
    '2024-01-01T24:00:00Z',
    '9999-12-31T23:59:60Z',
    '1e308',
    '2024-001',
    '20240101',
    '2024-01-01T00:00:00.0000000001Z',
    'infinity',
    '-infinity',
    'epoch',
    '10000-01-01',
    '2024-01-01T00:00:00-24:00',
    '1970-01-01T00:00:00Z',
  ],
  'wrong-type': [[], ['x'], {}, { $gt: '' }, true, false, 0, 1, 'string', [[]], { a: 1 }, [1, 2]],
  null: [null],
  'deep-nesting': [deepArray(20_000), deepObject(3_000), deepArray(500), deepObject(200)],
  'array-abuse': [Array(6_000).fill('x'), Array(10_001).fill(1), [null], [[]], [{}], ['\u0000'], ['\ud800'], ['a', 'a', 'a'], [1e308], [deepArray(10_000)]],
  'proto-key': [new RawJson('{"__proto__":{"isAdmin":true}}'), new RawJson('{"constructor":{"prototype":{"isAdmin":true}}}'), { toString: 'x', valueOf: 1 }],
} as const satisfies Record<string, readonly unknown[]>;

export type ValueClass = keyof typeof HOSTILE;

/** Which hostile classes fit a field, weighted by how likely they are to hurt it (all of them can hit anything). */
export function classesFor(schema: Schema): [ValueClass, number][] {
  const common: [ValueClass, number][] = [
    ['wrong-type', 3],
    ['null', 2],
    ['deep-nesting', 1],
    ['proto-key', 1],
  ];
  if (schema.type === 'number' || schema.type === 'integer') return [...common, ['huge-number', 6], ['bad-number', 5], ['nul-byte', 1], ['bad-date', 1]];
  if (schema.type === 'array') return [...common, ['array-abuse', 6], ['huge-number', 1], ['nul-byte', 1], ['lone-surrogate', 1]];
  if (schema.type === 'boolean') return [...common, ['bad-number', 2], ['odd-string', 2]];
  return [...common, ['nul-byte', 4], ['lone-surrogate', 4], ['long-string', 3], ['odd-unicode', 3], ['odd-string', 3], ['bad-date', 3], ['huge-number', 2]];
}

/** Path ids as an attacker types them; each is sent raw (already percent-encoded where it has to be). */
export const HOSTILE_PATH_IDS = [
  '0',
  '-1',
  '2147483648',
  '2147483647',
  '4294967296',
  '1e308',
  '1e3',
  '1.5',
  'abc',
  '0x10',
  '+1',
  '-0',
  '00001',
  'NaN',
  'Infinity',
  '%20 1',
  '1%20',
  '%00',
  '1%00',
  '%ZZ',
  '%',
  '%2F',
  '%2e%2e',
  '%F0%9F%98%80',
  '%ED%A0%80',
  '%C0%AF',
  '9'.repeat(400),
  'x'.repeat(5_000),
  '',
  '__proto__',
  'constructor',
];

/** Raw query strings that do not survive decoding, or that parsers read as nested or repeated keys. */
export const HOSTILE_QUERY_TEXT = [
  '%',
  '%ZZ',
  '%C0%AF',
  '%ED%A0%80',
  '%FF',
  '%E2%82',
  '%2500',
  '%u0041',
  '+',
  '%00',
  '%20%00',
  '=',
  '&&&',
  '==x',
  '__proto__[isAdmin]=1',
  'constructor[prototype][isAdmin]=1',
  'a[b]=c',
  'limit[]=1',
  'q[$gt]=',
  'toString=1',
  'hasOwnProperty=1',
];

/**
 * Percent-encodes every UTF-16 code unit, lone surrogates included, as its 3-byte (WTF-8) form:
 * encodeURIComponent throws on those, and an attacker sends them anyway.
 */
export function percentEncode(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}

export function hostileValue(rng: Prng, valueClass: ValueClass): unknown {
  return rng.pick<unknown>(HOSTILE[valueClass]);
}

/** A query string's view of a value: what `?name=` can carry. */
export function asQueryText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? '';
}
