import { Decoder, Encoder, ExtData, ExtensionCodec } from "@msgpack/msgpack";
import { isDecimalNumber, numberToString, numberValue, NumberValue } from "../framework/numbers";
import { TfType, typeFromJson, typeToJson } from "../framework/types";
import { isObjectValue, isUnknown, ObjectValue, refinedUnknown, unknown, Unknown, UnknownRefinements, Value } from "../framework/values";

/** msgpack extension types Terraform uses for unknown values: 0 plain, 12 refined (cty). */
const EXT_UNKNOWN = 0;
const EXT_REFINED_UNKNOWN = 12;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

const extensions = new ExtensionCodec();
extensions.register({ type: EXT_UNKNOWN, encode: () => null, decode: () => unknown });
extensions.register({ type: EXT_REFINED_UNKNOWN, encode: () => null, decode: decodeRefinements });

const decoder = new Decoder({ extensionCodec: extensions, useBigInt64: true });
const encoder = new Encoder({ useBigInt64: true, sortKeys: true });
const textDecoder = new TextDecoder();

/**
 * Encodes a value of type `type` as Terraform's msgpack DynamicValue: object attributes and map keys in
 * sorted order, integers as msgpack ints (int64 when needed), every other number as its shortest decimal
 * string (so "0.65" stays exactly 0.65), unknown as extension 0.
 */
export function encodeMsgpack(value: Value, type: TfType): Uint8Array {
  return encoder.encode(toWire(value, type, ""));
}

/** Decodes a msgpack DynamicValue of type `type` into a framework value (numbers keep their precision). */
export function decodeMsgpack(bytes: Uint8Array, type: TfType): Value {
  return fromWire(decoder.decode(bytes), type, "");
}

function toWire(v: Value, t: TfType, at: string): unknown {
  if (v === null) return null;
  if (isUnknown(v)) return new ExtData(EXT_UNKNOWN, new Uint8Array([0]));
  switch (t.kind) {
    case "string":
      if (typeof v !== "string") throw mismatch(at, "string", v);
      return v;
    case "bool":
      if (typeof v !== "boolean") throw mismatch(at, "bool", v);
      return v;
    case "number":
      if (typeof v !== "number" && !isDecimalNumber(v)) throw mismatch(at, "number", v);
      return numberToWire(v);
    case "list":
    case "set":
      if (!Array.isArray(v)) throw mismatch(at, t.kind, v);
      return v.map((x, i) => toWire(x, t.element, `${at}[${i}]`));
    case "tuple":
      if (!Array.isArray(v) || v.length !== t.elements.length) throw mismatch(at, "tuple", v);
      return v.map((x, i) => toWire(x, t.elements[i], `${at}[${i}]`));
    case "map": {
      if (!isObjectValue(v)) throw mismatch(at, "map", v);
      return sortedMap(Object.keys(v), (k) => toWire(v[k], t.element, `${at}[${JSON.stringify(k)}]`));
    }
    case "object": {
      if (!isObjectValue(v)) throw mismatch(at, "object", v);
      for (const k of Object.keys(v)) {
        if (!(k in t.attributes)) throw new TypeError(`${at || "value"}: unexpected attribute "${k}"`);
      }
      return sortedMap(Object.keys(t.attributes), (k) => toWire(k in v ? v[k] : null, t.attributes[k], at ? `${at}.${k}` : k));
    }
    case "dynamic": {
      const actual = inferType(v);
      return [new TextEncoder().encode(JSON.stringify(typeToJson(actual))), toWire(v, actual, at)];
    }
  }
}

function numberToWire(n: NumberValue): unknown {
  if (typeof n === "number") return Number.isSafeInteger(n) ? n : numberToString(n);
  const text = n.text;
  if (!text.includes(".")) {
    const big = BigInt(text);
    if (big >= INT64_MIN && big <= INT64_MAX) return big;
  }
  return text;
}

function sortedMap(keys: string[], valueOf: (k: string) => unknown): Record<string, unknown> {
  const m: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const k of keys) m[k] = valueOf(k);
  return m;
}

function fromWire(w: unknown, t: TfType, at: string): Value {
  if (w === null || w === undefined) return null;
  if (isUnknown(w)) return w;
  switch (t.kind) {
    case "string":
      if (typeof w === "string") return w;
      if (typeof w === "number" || typeof w === "bigint" || typeof w === "boolean") return String(w);
      throw mismatch(at, "string", w);
    case "bool":
      if (typeof w === "boolean") return w;
      if (w === "true" || w === "false") return w === "true";
      throw mismatch(at, "bool", w);
    case "number":
      if (typeof w === "number" || typeof w === "bigint" || typeof w === "string") return numberValue(w);
      throw mismatch(at, "number", w);
    case "list":
    case "set":
      if (!Array.isArray(w)) throw mismatch(at, t.kind, w);
      return w.map((x, i) => fromWire(x, t.element, `${at}[${i}]`));
    case "tuple":
      if (!Array.isArray(w)) throw mismatch(at, "tuple", w);
      return t.elements.map((et, i) => fromWire(w[i], et, `${at}[${i}]`));
    case "map": {
      const out: ObjectValue = {};
      for (const [k, x] of entries(w, at, "map")) out[k] = fromWire(x, t.element, `${at}[${JSON.stringify(k)}]`);
      return out;
    }
    case "object": {
      const got = new Map(entries(w, at, "object"));
      const out: ObjectValue = {};
      for (const [k, at2] of Object.entries(t.attributes)) out[k] = fromWire(got.get(k) ?? null, at2, at ? `${at}.${k}` : k);
      return out;
    }
    case "dynamic": {
      if (!Array.isArray(w) || w.length !== 2) throw mismatch(at, "dynamic [type, value] pair", w);
      const typeText = typeof w[0] === "string" ? w[0] : textDecoder.decode(w[0] as Uint8Array);
      return fromWire(w[1], typeFromJson(JSON.parse(typeText)), at);
    }
  }
}

function entries(w: unknown, at: string, what: string): Array<[string, unknown]> {
  if (w instanceof Map) return [...w.entries()].map(([k, v]) => [String(k), v]);
  if (typeof w === "object" && w !== null && !Array.isArray(w) && !(w instanceof Uint8Array)) return Object.entries(w);
  throw mismatch(at, what, w);
}

function decodeRefinements(data: Uint8Array): Unknown {
  const refinements: UnknownRefinements = {};
  try {
    const m = decoder.decode(data);
    const get = (k: number) => (m instanceof Map ? m.get(k) : (m as Record<number, unknown>)?.[k]);
    if (get(1) === false) refinements.notNull = true;
    const prefix = get(2);
    if (typeof prefix === "string" && prefix !== "") refinements.stringPrefix = prefix;
  } catch {
    return unknown;
  }
  return Object.keys(refinements).length ? refinedUnknown(refinements) : unknown;
}

/** The type of a known value, for dynamic attributes (numbers, strings, bools, tuples and objects). */
function inferType(v: Value): TfType {
  if (typeof v === "string") return { kind: "string" };
  if (typeof v === "boolean") return { kind: "bool" };
  if (typeof v === "number" || isDecimalNumber(v)) return { kind: "number" };
  if (Array.isArray(v)) return { kind: "tuple", elements: v.map(inferType) };
  if (isObjectValue(v)) {
    const attributes: Record<string, TfType> = {};
    for (const [k, x] of Object.entries(v)) attributes[k] = inferType(x);
    return { kind: "object", attributes };
  }
  return { kind: "dynamic" };
}

function mismatch(at: string, expected: string, got: unknown): TypeError {
  const desc = Array.isArray(got) ? "list" : got === null ? "null" : typeof got;
  return new TypeError(`${at || "value"}: expected ${expected}, got ${desc}`);
}
