import { TfType, typeFromJson } from "../framework/types";
import { ObjectValue, refinedUnknown, unknown, Unknown, UnknownRefinements, Value } from "../framework/values";
import { MsgpackReader, readMsgpack, WireExt } from "./msgpack-reader";
import { mismatch, Mismatch, step } from "./value-error";
import { numberFromWire } from "./wire-scalars";

/** msgpack extension types Terraform uses for unknown values: 0 plain, 12 refined (cty). */
const EXT_UNKNOWN = 0;
const EXT_REFINED_UNKNOWN = 12;

const textDecoder = new TextDecoder();

/** Reads the next item of `r` as a value of type `t` (the decoding is described at `decodeMsgpack`). */
export function read(r: MsgpackReader, t: TfType): Value {
  if (r.nil()) return null;
  if (r.isExt()) return extValue(r.item() as WireExt);
  switch (t.kind) {
    case "string": {
      const s = r.str();
      if (s !== undefined) return s;
      const w = r.item();
      if (typeof w === "number" || typeof w === "bigint" || typeof w === "boolean") return String(w);
      throw mismatch("string", w);
    }
    case "bool": {
      const w = r.item();
      if (typeof w === "boolean") return w;
      if (w === "true" || w === "false") return w === "true";
      throw mismatch("bool", w);
    }
    case "number": {
      const w = r.item();
      if (typeof w === "number" || typeof w === "bigint" || typeof w === "string") return numberFromWire(w);
      throw mismatch("number", w);
    }
    case "list":
    case "set":
    case "tuple":
      return readElements(r, t);
    case "map":
      return readMap(r, t.element);
    case "object":
      return readObject(r, t.attributes);
    case "dynamic": {
      if (r.arrayHeader() !== 2) throw mismatch("dynamic [type, value] pair", r.item());
      const w = r.item();
      const typeText = typeof w === "string" ? w : textDecoder.decode(w as Uint8Array);
      return read(r, typeFromJson(JSON.parse(typeText)));
    }
  }
}

function readElements(r: MsgpackReader, t: Extract<TfType, { kind: "list" | "set" | "tuple" }>): Value[] {
  const n = r.arrayHeader();
  if (n === undefined) throw mismatch(t.kind, r.item());
  const count = t.kind === "tuple" ? t.elements.length : n;
  const out = new Array<Value>(count);
  for (let i = 0; i < n; i++) {
    if (i >= count) {
      r.item();
      continue;
    }
    try {
      out[i] = read(r, t.kind === "tuple" ? t.elements[i] : t.element);
    } catch (e) {
      throw step(e, { listIndex: i });
    }
  }
  for (let i = n; i < count; i++) out[i] = null;
  return out;
}

function readMap(r: MsgpackReader, element: TfType): ObjectValue {
  const n = r.mapHeader();
  if (n === undefined) throw mismatch("map", r.item());
  const out = Object.create(null) as ObjectValue;
  for (let i = 0; i < n; i++) {
    const k = r.str();
    if (k === undefined) throw mismatch("map with string keys", r.item());
    try {
      out[k] = read(r, element);
    } catch (e) {
      throw step(e, { mapKey: k });
    }
  }
  return out;
}

function readObject(r: MsgpackReader, attributes: Readonly<Record<string, TfType>>): ObjectValue {
  const n = r.mapHeader();
  if (n === undefined) throw mismatch("object", r.item());
  const out = Object.create(null) as ObjectValue;
  for (const k in attributes) out[k] = null;
  for (let i = 0; i < n; i++) {
    const k = r.str();
    if (k === undefined || !Object.prototype.hasOwnProperty.call(attributes, k)) {
      if (k === undefined) r.item();
      r.item();
      continue;
    }
    try {
      out[k] = read(r, attributes[k]);
    } catch (e) {
      throw step(e, { attr: k });
    }
  }
  return out;
}

function extValue(w: WireExt): Unknown {
  if (w.type === EXT_UNKNOWN) return unknown;
  if (w.type !== EXT_REFINED_UNKNOWN) throw new Mismatch(`unsupported msgpack extension type ${w.type}`);
  const refinements: UnknownRefinements = {};
  try {
    const m = readMsgpack(w.data);
    if (!(m instanceof Map)) return unknown;
    if (m.get(1) === false) refinements.notNull = true;
    const prefix = m.get(2);
    if (typeof prefix === "string" && prefix !== "") refinements.stringPrefix = prefix;
  } catch {
    return unknown;
  }
  return Object.keys(refinements).length ? refinedUnknown(refinements) : unknown;
}

