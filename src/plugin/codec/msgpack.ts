import { Decoder, Encoder, ExtData, ExtensionCodec } from "@msgpack/msgpack";
import { isDecimalNumber, numberToString, numberValue, NumberValue } from "../framework/numbers";
import { TfType, typeFromJson, typeToJson } from "../framework/types";
import { isObjectValue, isUnknown, ObjectValue, refinedUnknown, unknown, Unknown, UnknownRefinements, Value } from "../framework/values";

/** msgpack extension types Terraform uses for unknown values: 0 plain, 12 refined (cty). */
const EXT_UNKNOWN = 0;
const EXT_REFINED_UNKNOWN = 12;

const extensions = new ExtensionCodec();
extensions.register({ type: EXT_UNKNOWN, encode: () => null, decode: () => unknown });
extensions.register({ type: EXT_REFINED_UNKNOWN, encode: () => null, decode: decodeRefinements });

const decoder = new Decoder({ extensionCodec: extensions, useBigInt64: true });
const encoder = new Encoder({ useBigInt64: true });
const textDecoder = new TextDecoder();

/**
 * Encodes a value of type `type` as Terraform's msgpack DynamicValue: object attributes and map keys in
 * sorted order, integers as msgpack ints (int64 when needed), every other number as its shortest decimal
 * string (so "0.65" stays exactly 0.65), unknown as extension 0.
 */
export function encodeMsgpack(value: Value, type: TfType): Uint8Array {
  return encoder.encode(located(() => toWire(value, type)));
}

/** Decodes a msgpack DynamicValue of type `type` into a framework value (numbers keep their precision). */
export function decodeMsgpack(bytes: Uint8Array, type: TfType): Value {
  const wire = decoder.decode(bytes);
  return located(() => fromWire(wire, type));
}

/**
 * A type mismatch somewhere inside a value. The path is only assembled when one is thrown (each enclosing
 * list, map or object prepends its step on the way out), so the hot path builds no strings.
 */
class Mismatch extends Error {
  path = "";
}

function located<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof Mismatch) throw new TypeError(`${e.path.replace(/^\./, "") || "value"}: ${e.message}`);
    throw e;
  }
}

function step(e: unknown, s: string): unknown {
  if (e instanceof Mismatch) e.path = s + e.path;
  return e;
}

/** Object attribute names in the sorted order Terraform writes them, computed once per object type. */
const sortedNames = new WeakMap<object, string[]>();
function attributeNames(attributes: Record<string, TfType>): string[] {
  let names = sortedNames.get(attributes);
  if (!names) sortedNames.set(attributes, (names = Object.keys(attributes).sort()));
  return names;
}

function toWire(v: Value, t: TfType): unknown {
  if (v === null) return null;
  if (isUnknown(v)) return new ExtData(EXT_UNKNOWN, new Uint8Array([0]));
  switch (t.kind) {
    case "string":
      if (typeof v !== "string") throw mismatch("string", v);
      return v;
    case "bool":
      if (typeof v !== "boolean") throw mismatch("bool", v);
      return v;
    case "number":
      if (typeof v !== "number" && !isDecimalNumber(v)) throw mismatch("number", v);
      return numberToWire(v);
    case "list":
    case "set":
      if (!Array.isArray(v)) throw mismatch(t.kind, v);
      return v.map((x, i) => {
        try {
          return toWire(x, t.element);
        } catch (e) {
          throw step(e, `[${i}]`);
        }
      });
    case "tuple":
      if (!Array.isArray(v) || v.length !== t.elements.length) throw mismatch("tuple", v);
      return v.map((x, i) => {
        try {
          return toWire(x, t.elements[i]);
        } catch (e) {
          throw step(e, `[${i}]`);
        }
      });
    case "map": {
      if (!isObjectValue(v)) throw mismatch("map", v);
      const m = Object.create(null) as Record<string, unknown>;
      for (const k of Object.keys(v).sort()) {
        try {
          m[k] = toWire(v[k], t.element);
        } catch (e) {
          throw step(e, `[${JSON.stringify(k)}]`);
        }
      }
      return m;
    }
    case "object": {
      if (!isObjectValue(v)) throw mismatch("object", v);
      for (const k in v) {
        if (!(k in t.attributes)) {
          const e = new Mismatch(`unexpected attribute "${k}"`);
          throw e;
        }
      }
      const m = Object.create(null) as Record<string, unknown>;
      for (const k of attributeNames(t.attributes)) {
        try {
          m[k] = toWire(k in v ? v[k] : null, t.attributes[k]);
        } catch (e) {
          throw step(e, `.${k}`);
        }
      }
      return m;
    }
    case "dynamic": {
      const actual = inferType(v);
      return [new TextEncoder().encode(JSON.stringify(typeToJson(actual))), toWire(v, actual)];
    }
  }
}

/**
 * Numbers go on the wire as their decimal text, integers included: Terraform then parses them exactly as it parses
 * state JSON (cty.ParseNumberVal), so a value read back equals the stored one in memory too. A msgpack integer
 * becomes a big.Float of another precision, and a refresh-only plan counts that as a change (exit 2, "no changes").
 */
function numberToWire(n: NumberValue): string {
  return typeof n === "number" ? numberToString(n) : n.text;
}

function fromWire(w: unknown, t: TfType): Value {
  if (w === null || w === undefined) return null;
  if (isUnknown(w)) return w;
  switch (t.kind) {
    case "string":
      if (typeof w === "string") return w;
      if (typeof w === "number" || typeof w === "bigint" || typeof w === "boolean") return String(w);
      throw mismatch("string", w);
    case "bool":
      if (typeof w === "boolean") return w;
      if (w === "true" || w === "false") return w === "true";
      throw mismatch("bool", w);
    case "number":
      if (typeof w === "number" || typeof w === "bigint" || typeof w === "string") return numberValue(w);
      throw mismatch("number", w);
    case "list":
    case "set":
      if (!Array.isArray(w)) throw mismatch(t.kind, w);
      return w.map((x, i) => {
        try {
          return fromWire(x, t.element);
        } catch (e) {
          throw step(e, `[${i}]`);
        }
      });
    case "tuple":
      if (!Array.isArray(w)) throw mismatch("tuple", w);
      return t.elements.map((et, i) => {
        try {
          return fromWire(w[i], et);
        } catch (e) {
          throw step(e, `[${i}]`);
        }
      });
    case "map": {
      const out: ObjectValue = {};
      for (const [k, x] of entries(w, "map")) {
        try {
          out[k] = fromWire(x, t.element);
        } catch (e) {
          throw step(e, `[${JSON.stringify(k)}]`);
        }
      }
      return out;
    }
    case "object": {
      const got = plainObject(w, "object");
      const out: ObjectValue = {};
      for (const k in t.attributes) {
        try {
          out[k] = fromWire(Object.prototype.hasOwnProperty.call(got, k) ? got[k] : null, t.attributes[k]);
        } catch (e) {
          throw step(e, `.${k}`);
        }
      }
      return out;
    }
    case "dynamic": {
      if (!Array.isArray(w) || w.length !== 2) throw mismatch("dynamic [type, value] pair", w);
      const typeText = typeof w[0] === "string" ? w[0] : textDecoder.decode(w[0] as Uint8Array);
      return fromWire(w[1], typeFromJson(JSON.parse(typeText)));
    }
  }
}

function plainObject(w: unknown, what: string): Record<string, unknown> {
  if (w instanceof Map) return Object.fromEntries([...w.entries()].map(([k, v]) => [String(k), v]));
  if (typeof w === "object" && w !== null && !Array.isArray(w) && !(w instanceof Uint8Array)) return w as Record<string, unknown>;
  throw mismatch(what, w);
}

function entries(w: unknown, what: string): Array<[string, unknown]> {
  return Object.entries(plainObject(w, what));
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

function mismatch(expected: string, got: unknown): Mismatch {
  const desc = Array.isArray(got) ? "list" : got === null ? "null" : typeof got;
  return new Mismatch(`expected ${expected}, got ${desc}`);
}
