import { DecimalNumber, NumberValue, isDecimalNumber, numbersEqual } from "./numbers";

/**
 * The framework's value model, free of protobuf and msgpack:
 * - `null`: the attribute is unset;
 * - {@link Unknown}: known only after apply (check with {@link isUnknown});
 * - `string`, `boolean`, {@link NumberValue};
 * - lists, sets and tuples: arrays (set order carries no meaning);
 * - maps and objects: plain objects. An object value always has every attribute of its type, `null` when unset.
 */
export type Value = null | Unknown | string | boolean | NumberValue | Value[] | ObjectValue;

/** A map or object value. */
export interface ObjectValue {
  [key: string]: Value;
}

const unknownTag = Symbol.for("terraform-plugin-node/Unknown");

/** Refinements Terraform may attach to an unknown value (informative; the framework never requires them). */
export interface UnknownRefinements {
  /** The value will not be null once known. */
  notNull?: boolean;
  /** A known prefix of a future string value. */
  stringPrefix?: string;
}

/** A value that is not known until apply. */
export interface Unknown {
  readonly [unknownTag]: true;
  readonly refinements?: UnknownRefinements;
}

/** The plain unknown value. */
export const unknown: Unknown = Object.freeze({ [unknownTag]: true as const });

/** An unknown value carrying refinements. */
export function refinedUnknown(refinements: UnknownRefinements): Unknown {
  return Object.freeze({ [unknownTag]: true as const, refinements: Object.freeze({ ...refinements }) });
}

/** True when `v` is an unknown value. */
export function isUnknown(v: unknown): v is Unknown {
  return typeof v === "object" && v !== null && (v as Record<symbol, unknown>)[unknownTag] === true;
}

/** True when `v` is neither null nor unknown. */
export function isKnownValue<T extends Value>(v: T): v is Exclude<T, null | Unknown> {
  return v !== null && !isUnknown(v);
}

/** True when `v` is a map or object value (not an array, number wrapper or unknown). */
export function isObjectValue(v: unknown): v is ObjectValue {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !isUnknown(v) && !isDecimalNumber(v);
}

/** True when `v` or anything nested in it is unknown. */
export function containsUnknown(v: Value): boolean {
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (isObjectValue(v)) return Object.values(v).some(containsUnknown);
  return false;
}

/**
 * Deep equality of two values: numbers compare as decimals, unknowns equal each other,
 * arrays compare in order (use {@link setsEqual} for sets).
 */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (isUnknown(a) || isUnknown(b)) return isUnknown(a) && isUnknown(b);
  if ((typeof a === "number" || isDecimalNumber(a)) && (typeof b === "number" || isDecimalNumber(b))) return numbersEqual(a, b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]));
  }
  if (isObjectValue(a) && isObjectValue(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && valuesEqual(a[k], b[k]));
  }
  return false;
}

/** Equality of two arrays as sets (order ignored). */
export function setsEqual(a: Value[], b: Value[]): boolean {
  if (a.length !== b.length) return false;
  const used = new Array<boolean>(b.length).fill(false);
  return a.every((x) => {
    const i = b.findIndex((y, j) => !used[j] && valuesEqual(x, y));
    if (i < 0) return false;
    used[i] = true;
    return true;
  });
}

/** A deep copy of a value (unknowns and decimal numbers are immutable and shared). */
export function cloneValue<T extends Value>(v: T): T {
  if (Array.isArray(v)) return v.map(cloneValue) as T;
  if (isObjectValue(v)) {
    const out = Object.create(null) as ObjectValue;
    for (const k of Object.keys(v)) out[k] = cloneValue(v[k]);
    return out as T;
  }
  return v;
}

export type { DecimalNumber, NumberValue };
