/**
 * The response serialiser: Zod-checked as fastify-type-provider-zod does, then JSON in which a
 * BigInt — an exact sum of money past 2^53 (decision 0031) — is written as the plain JSON
 * integer it is, digits and all, so the API's money format stays one: integer fen. JSON.stringify
 * cannot write a BigInt; each is first written as a string with a marker no request can carry
 * (a random per-process key after a NUL, which the edge refuses), then unquoted.
 */
import { randomBytes } from 'node:crypto';
import { createSerializerCompiler } from 'fastify-type-provider-zod';

const KEY = randomBytes(12).toString('hex');
const MARK = `\u0000${KEY}:`;
// As JSON.stringify writes the marker: "\u0000<key>:<digits>".
const MARKED = new RegExp(`"\\\\u0000${KEY}:(-?\\d+)"`, 'g');

function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? `${MARK}${value}` : value;
}

/** JSON.stringify that writes BigInts as exact JSON integers. */
export function stringifyExact(value: unknown): string {
  const text = JSON.stringify(value, replacer);
  return text.includes(KEY) ? text.replace(MARKED, '$1') : text;
}

const zodSerializer = createSerializerCompiler({ replacer });

/** Fastify's serializer compiler: Zod's checks, then {@link stringifyExact}'s output. */
export const serializerCompiler: typeof zodSerializer = (route) => {
  const serialize = zodSerializer(route);
  return (data) => {
    const text = serialize(data);
    return text.includes(KEY) ? text.replace(MARKED, '$1') : text;
  };
};
