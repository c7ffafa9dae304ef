import { parse as parseLossless } from "lossless-json";
import { isDecimalNumber, numberToString, numberValue } from "../framework/numbers";
import { TfType } from "../framework/types";
import { isUnknown, ObjectValue, Value } from "../framework/values";
import { byCodePoint, wellFormed } from "./wire-scalars";

/** A JSON number kept as its source text. */
class JsonNumber {
  constructor(readonly text: string) {}
}
type JsonTree = null | boolean | string | number | JsonNumber | JsonTree[] | { [k: string]: JsonTree };

/**
 * Text that may hold a number a float64 cannot carry exactly: a number token (which in JSON follows `:`, `[`,
 * `,` or the start) of 16 or more digits and dots, or with an exponent. Anything else goes through JSON.parse,
 * whose numbers are then exact (15 significant digits always survive a float64 round trip); a string that
 * merely looks like such a token only takes the exact, slower path.
 */
const riskyNumbers = /(?:^|[:[,])\s*-?[\d.]*(?:[\d.]{16}|\d[eE])/;

/**
 * Parses JSON keeping every number's exact text (JSON.parse would round big integers and long fractions),
 * then shapes it by `type`: numbers become NumberValue, missing object attributes become null,
 * attributes the type does not know are dropped, maps and objects are null-prototype objects (any key,
 * `"__proto__"` included, is data) and lone surrogates become U+FFFD.
 */
export function decodeJsonValue(text: string | Uint8Array, type: TfType): Value {
  const s = typeof text === "string" ? text : new TextDecoder().decode(text);
  return shape(parseJson(s), type);
}

/** Parses JSON with decimal-safe numbers but without a type: numbers become NumberValue, objects stay as they are. */
export function parseJsonDecimal(text: string): Value {
  return untyped(parseJson(text));
}

/** Encodes a known value as JSON, numbers as exact decimals, lone surrogates as U+FFFD (unknown values are not representable and throw). */
export function encodeJsonValue(v: Value): string {
  if (v === null) return "null";
  if (isUnknown(v)) throw new TypeError("unknown values cannot be encoded as JSON");
  if (typeof v === "string") return JSON.stringify(wellFormed(v));
  if (typeof v === "boolean") return JSON.stringify(v);
  if (typeof v === "number" || isDecimalNumber(v)) return numberToString(v);
  if (Array.isArray(v)) return `[${v.map(encodeJsonValue).join(",")}]`;
  const keys = Object.keys(v).map((k) => [wellFormed(k), k] as const).sort((a, b) => byCodePoint(a[0], b[0]));
  return `{${keys.map(([w, k]) => `${JSON.stringify(w)}:${encodeJsonValue(v[k])}`).join(",")}}`;
}

function shape(j: JsonTree, t: TfType): Value {
  if (j === null) return null;
  switch (t.kind) {
    case "string":
      return j instanceof JsonNumber ? j.text : typeof j === "string" ? wellFormed(j) : typeof j === "boolean" ? String(j) : typeof j === "number" ? String(j) : fail("string", j);
    case "number":
      return j instanceof JsonNumber ? numberValue(j.text) : typeof j === "string" || typeof j === "number" ? numberValue(j) : fail("number", j);
    case "bool":
      return typeof j === "boolean" ? j : j === "true" || j === "false" ? j === "true" : fail("bool", j);
    case "list":
    case "set":
      return Array.isArray(j) ? j.map((x) => shape(x, t.element)) : fail(t.kind, j);
    case "tuple":
      return Array.isArray(j) ? t.elements.map((et, i) => shape(j[i] ?? null, et)) : fail("tuple", j);
    case "map": {
      if (!isPlain(j)) return fail("map", j);
      const out = Object.create(null) as ObjectValue;
      for (const k of Object.keys(j)) out[wellFormed(k)] = shape(j[k], t.element);
      return out;
    }
    case "object": {
      if (!isPlain(j)) return fail("object", j);
      const out = Object.create(null) as ObjectValue;
      for (const k of Object.keys(t.attributes)) out[k] = Object.prototype.hasOwnProperty.call(j, k) ? shape(j[k], t.attributes[k]) : null;
      return out;
    }
    case "dynamic":
      return untyped(j);
  }
}

function untyped(j: JsonTree): Value {
  if (j === null || typeof j === "boolean") return j;
  if (typeof j === "string") return wellFormed(j);
  if (typeof j === "number") return numberValue(j);
  if (j instanceof JsonNumber) return numberValue(j.text);
  if (Array.isArray(j)) return j.map(untyped);
  const out = Object.create(null) as ObjectValue;
  for (const k of Object.keys(j)) out[wellFormed(k)] = untyped(j[k]);
  return out;
}

function isPlain(j: JsonTree): j is { [k: string]: JsonTree } {
  return typeof j === "object" && j !== null && !Array.isArray(j) && !(j instanceof JsonNumber);
}

function fail(expected: string, got: JsonTree): never {
  throw new TypeError(`expected ${expected}, got ${Array.isArray(got) ? "array" : got instanceof JsonNumber ? "number" : typeof got}`);
}

/** JSON.parse when every number is safe as a float64; lossless-json, keeping each number's text, otherwise. */
function parseJson(s: string): JsonTree {
  if (!riskyNumbers.test(s)) return JSON.parse(s) as JsonTree;
  return parseLossless(s, null, (text) => new JsonNumber(text)) as JsonTree;
}

