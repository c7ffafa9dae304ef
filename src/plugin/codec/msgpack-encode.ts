import { TfType, typeToJson } from "../framework/types";
import { isObjectValue, isUnknown, ObjectValue, Value } from "../framework/values";
import { MsgpackWriter } from "./msgpack-writer";
import { mismatch, Mismatch, step } from "./value-error";
import { byCodePoint, isWireNumber, numberToWire, wellFormed } from "./wire-scalars";

/** msgpack extension type of Terraform's (plain) unknown value. */
const EXT_UNKNOWN = 0;

const textEncoder = new TextEncoder();

/** One writer for every message (encoding is synchronous): its buffer is reused, the bytes returned are a copy. */
const out = new MsgpackWriter();

/** `value` of type `type` as msgpack bytes (the encoding is described at `encodeMsgpack`). */
export function encodeValue(value: Value, type: TfType): Uint8Array {
  out.reset();
  write(value, type);
  return out.bytes();
}

/** Object attribute names in the sorted order Terraform writes them, computed once per object type. */
const sortedNames = new WeakMap<object, string[]>();
function attributeNames(attributes: Record<string, TfType>): string[] {
  let names = sortedNames.get(attributes);
  if (!names) sortedNames.set(attributes, (names = Object.keys(attributes).sort()));
  return names;
}

function write(v: Value, t: TfType): void {
  if (v === null) return out.nil();
  if (isUnknown(v)) return out.fixext1(EXT_UNKNOWN, 0);
  switch (t.kind) {
    case "string":
      if (typeof v !== "string") throw mismatch("string", v);
      return out.str(wellFormed(v));
    case "bool":
      if (typeof v !== "boolean") throw mismatch("bool", v);
      return out.bool(v);
    case "number":
      if (!isWireNumber(v)) throw mismatch("number", v);
      return out.str(numberToWire(v));
    case "list":
    case "set":
      if (!Array.isArray(v)) throw mismatch(t.kind, v);
      return writeElements(v, () => t.element);
    case "tuple":
      if (!Array.isArray(v) || v.length !== t.elements.length) throw mismatch("tuple", v);
      return writeElements(v, (i) => t.elements[i]);
    case "map": {
      if (!isObjectValue(v)) throw mismatch("map", v);
      const keys = Object.keys(v).map((k) => [wellFormed(k), k] as const).sort((a, b) => byCodePoint(a[0], b[0]));
      out.mapHeader(keys.length);
      for (const [w, k] of keys) {
        out.str(w);
        try {
          write(v[k], t.element);
        } catch (e) {
          throw step(e, { mapKey: k });
        }
      }
      return;
    }
    case "object":
      return writeObject(v, t.attributes);
    case "dynamic": {
      const clean = wellFormedKeys(v);
      const actual = inferType(clean);
      out.arrayHeader(2);
      out.bin(textEncoder.encode(JSON.stringify(typeToJson(actual))));
      return write(clean, actual);
    }
  }
}

function writeElements(v: Value[], typeAt: (i: number) => TfType): void {
  out.arrayHeader(v.length);
  for (let i = 0; i < v.length; i++) {
    try {
      write(v[i], typeAt(i));
    } catch (e) {
      throw step(e, { listIndex: i });
    }
  }
}

function writeObject(v: Value, attributes: Record<string, TfType>): void {
  if (!isObjectValue(v)) throw mismatch("object", v);
  for (const k in v) if (!Object.prototype.hasOwnProperty.call(attributes, k)) throw new Mismatch(`unexpected attribute "${k}"`);
  const names = attributeNames(attributes);
  out.mapHeader(names.length);
  for (const k of names) {
    out.str(k);
    try {
      write(k in v ? v[k] : null, attributes[k]);
    } catch (e) {
      throw step(e, { attr: k });
    }
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
