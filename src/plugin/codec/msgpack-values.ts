import { typeFromJson, type TfType } from "../framework/types";
import { refinedUnknown, unknown, type ObjectValue, type Unknown, type UnknownRefinements, type Value } from "../framework/values";
import { Reader, readMsgpack, WireExt, type Wire } from "./msgpack-reader";
import { childStep, mismatch, Mismatch, step } from "./value-error";
import { numberFromWire } from "./wire-scalars";

/** msgpack extension types Terraform uses for unknown values: 0 plain, 12 refined (cty). */
export const EXT_UNKNOWN = 0;
export const EXT_REFINED_UNKNOWN = 12;

const textDecoder = new TextDecoder();
const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Reads msgpack straight into framework values of a known type, in one pass: no intermediate tree of maps and
 * arrays. A value of the wrong shape is read whole to say what it is, and throws a {@link Mismatch} whose path each
 * enclosing list, map or object extends on the way out.
 */
export class ValueReader extends Reader {
  value(t: TfType): Value {
    const b = this.bytes[this.pos];
    if (b === 0xc0) {
      this.pos++;
      return null;
    }
    if ((b >= 0xc7 && b <= 0xc9) || (b >= 0xd4 && b <= 0xd8)) return extValue(this.item() as WireExt);
    switch (t.kind) {
      case "string": {
        const w = this.item();
        if (typeof w === "string") return w;
        if (typeof w === "number" || typeof w === "bigint" || typeof w === "boolean") return String(w);
        throw mismatch("string", w);
      }
      case "bool": {
        const w = this.item();
        if (typeof w === "boolean") return w;
        if (w === "true" || w === "false") return w === "true";
        throw mismatch("bool", w);
      }
      case "number": {
        const w = this.item();
        if (typeof w === "number" || typeof w === "bigint" || typeof w === "string") return numberFromWire(w);
        throw mismatch("number", w);
      }
      case "list":
      case "set": {
        const n = this.arrayLength(t.kind);
        const out = new Array<Value>(n);
        for (let i = 0; i < n; i++) out[i] = this.at(i, false, t.element);
        return out;
      }
      case "tuple": {
        const n = this.arrayLength("tuple");
        const out = new Array<Value>(t.elements.length).fill(null);
        for (let i = 0; i < n; i++) {
          if (i < t.elements.length) out[i] = this.at(i, false, t.elements[i]);
          else this.item();
        }
        return out;
      }
      case "map": {
        const n = this.mapLength("map");
        const out = Object.create(null) as ObjectValue;
        for (let i = 0; i < n; i++) {
          const k = this.item();
          if (typeof k !== "string") throw mismatch("map with string keys", k);
          out[k] = this.at(k, false, t.element);
        }
        return out;
      }
      case "object": {
        const n = this.mapLength("object");
        const out = Object.create(null) as ObjectValue;
        for (const k in t.attributes) out[k] = null;
        for (let i = 0; i < n; i++) {
          const k = this.item();
          if (typeof k === "string" && hasOwn.call(t.attributes, k)) out[k] = this.at(k, true, t.attributes[k]);
          else this.item();
        }
        return out;
      }
      case "dynamic": {
        const start = this.pos;
        if (this.arrayLength("dynamic [type, value] pair") !== 2) {
          this.pos = start;
          throw mismatch("dynamic [type, value] pair", this.item());
        }
        const head = this.item();
        const typeText = typeof head === "string" ? head : textDecoder.decode(head as Uint8Array);
        return this.value(typeFromJson(JSON.parse(typeText)));
      }
    }
  }

  /** The value at `key` of the enclosing list, map or object (`attr`), which a mismatch's path then names. */
  private at(key: string | number, attr: boolean, t: TfType): Value {
    try {
      return this.value(t);
    } catch (e) {
      throw step(e, childStep(key, attr));
    }
  }

  /** The length of the array that starts here (its header read), or a mismatch naming `what`. */
  private arrayLength(what: string): number {
    return this.header(what, 0x90, 0xdc, 0xdd, 1);
  }

  /** The number of pairs of the map that starts here (its header read), or a mismatch naming `what`. */
  private mapLength(what: string): number {
    return this.header(what, 0x80, 0xde, 0xdf, 2);
  }

  /** Reads a collection header (fix form at `fix`, 16- and 32-bit forms at `b16`/`b32`) holding `per` items an entry. */
  private header(what: string, fix: number, b16: number, b32: number, per: number): number {
    const b = this.bytes[this.pos];
    let n: number;
    if (b >= fix && b <= fix + 0x0f) {
      this.pos++;
      n = b & 0x0f;
    } else if (b === b16) {
      this.pos++;
      n = this.u16();
    } else if (b === b32) {
      this.pos++;
      n = this.u32();
    } else throw mismatch(what, this.item());
    this.room(per * n);
    return n;
  }
}

/** The unknown value an extension item stands for (cty's refinements: not null, string prefix). */
export function extValue(w: WireExt): Unknown {
  if (w.type === EXT_UNKNOWN) return unknown;
  if (w.type !== EXT_REFINED_UNKNOWN) throw new Mismatch(`unsupported msgpack extension type ${w.type}`);
  const refinements: UnknownRefinements = {};
  try {
    const m: Wire = readMsgpack(w.data);
    if (!(m instanceof Map)) return unknown;
    if (m.get(1) === false) refinements.notNull = true;
    const prefix = m.get(2);
    if (typeof prefix === "string" && prefix !== "") refinements.stringPrefix = prefix;
  } catch {
    return unknown;
  }
  return Object.keys(refinements).length ? refinedUnknown(refinements) : unknown;
}
