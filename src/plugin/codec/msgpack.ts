import { Encoder, ExtData } from "@msgpack/msgpack";
import { TfType, typeToJson } from "../framework/types";
import { isObjectValue, isUnknown, ObjectValue, Value } from "../framework/values";
import { EXT_UNKNOWN, ValueReader } from "./msgpack-values";
import { childStep, located, mismatch, Mismatch, step } from "./value-error";
import { byCodePoint, isWireNumber, numberToWire, wellFormed } from "./wire-scalars";

const encoder = new Encoder({ useBigInt64: true });

/**
 * Encodes a value of type `type` as Terraform's msgpack DynamicValue: object attributes and map keys in
 * sorted order, integers as msgpack ints (int64 when needed), every other number as its shortest decimal
 * string (so "0.65" stays exactly 0.65), strings as well-formed UTF-8, unknown as extension 0.
 */
export function encodeMsgpack(value: Value, type: TfType): Uint8Array {
  return encoder.encode(located(() => toWire(value, type)));
}

/**
 * Decodes a msgpack DynamicValue of type `type` into a framework value: numbers keep their precision, maps
 * and objects are null-prototype objects (any key is data), an infinite number is refused naming its path.
 */
export function decodeMsgpack(bytes: Uint8Array, type: TfType): Value {
  const reader = new ValueReader(bytes);
  const value = located(() => reader.value(type));
  reader.end();
  return value;
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
      return wellFormed(v);
    case "bool":
      if (typeof v !== "boolean") throw mismatch("bool", v);
      return v;
    case "number":
      if (!isWireNumber(v)) throw mismatch("number", v);
      return numberToWire(v);
    case "list":
    case "set":
      if (!Array.isArray(v)) throw mismatch(t.kind, v);
      return v.map((x, i) => wireAt(x, t.element, i, false));
    case "tuple":
      if (!Array.isArray(v) || v.length !== t.elements.length) throw mismatch("tuple", v);
      return v.map((x, i) => wireAt(x, t.elements[i], i, false));
    case "map": {
      if (!isObjectValue(v)) throw mismatch("map", v);
      const m = Object.create(null) as Record<string, unknown>;
      const keys = Object.keys(v).map((k) => [wellFormed(k), k] as const);
      for (const [w, k] of keys.sort((a, b) => byCodePoint(a[0], b[0]))) m[w] = wireAt(v[k], t.element, k, false);
      return m;
    }
    case "object":
      return objectToWire(v, t.attributes);
    case "dynamic": {
      const clean = wellFormedKeys(v);
      const actual = inferType(clean);
      return [new TextEncoder().encode(JSON.stringify(typeToJson(actual))), toWire(clean, actual)];
    }
  }
}

function objectToWire(v: Value, attributes: Record<string, TfType>): unknown {
  if (!isObjectValue(v)) throw mismatch("object", v);
  for (const k in v) if (!Object.prototype.hasOwnProperty.call(attributes, k)) throw new Mismatch(`unexpected attribute "${k}"`);
  const m = Object.create(null) as Record<string, unknown>;
  for (const k of attributeNames(attributes)) m[k] = wireAt(k in v ? v[k] : null, attributes[k], k, true);
  return m;
}

/** {@link toWire} for the child at `key` (an attribute when `attr`), which a mismatch thrown inside then names. */
function wireAt(v: Value, t: TfType, key: string | number, attr: boolean): unknown {
  try {
    return toWire(v, t);
  } catch (e) {
    throw step(e, childStep(key, attr));
  }
}

/** The value with lone surrogates in object keys replaced (object types name them), copied only when needed. */
function wellFormedKeys(v: Value): Value {
  if (Array.isArray(v)) return v.some((x) => wellFormedKeys(x) !== x) ? v.map(wellFormedKeys) : v;
  if (!isObjectValue(v)) return v;
  const keys = Object.keys(v);
  if (keys.every((k) => wellFormed(k) === k && wellFormedKeys(v[k]) === v[k])) return v;
  const out = Object.create(null) as ObjectValue;
  for (const k of keys) out[wellFormed(k)] = wellFormedKeys(v[k]);
  return out;
}

/** The type of a known value, for dynamic attributes (numbers, strings, bools, tuples and objects). */
function inferType(v: Value): TfType {
  if (typeof v === "string") return { kind: "string" };
  if (typeof v === "boolean") return { kind: "bool" };
  if (isWireNumber(v)) return { kind: "number" };
  if (Array.isArray(v)) return { kind: "tuple", elements: v.map(inferType) };
  if (isObjectValue(v)) {
    const attributes = Object.create(null) as Record<string, TfType>;
    for (const k of Object.keys(v)) attributes[k] = inferType(v[k]);
    return { kind: "object", attributes };
  }
  return { kind: "dynamic" };
}
