import { isNumberValue, numberToString, numberValue } from "./numbers";
import type { TfType } from "./types";
import { isObjectValue, isUnknown, ObjectValue, Value } from "./values";

/**
 * Brings a value a resource produced (an imported or upgraded state) to `type`: unknowns and missing object
 * attributes become null, attributes the type lacks are dropped, and scalars convert as Terraform converts them
 * (numbers and bools to strings, decimal strings to numbers, "true"/"false" to bools). Throws on anything else.
 */
export function conformValue(v: Value, t: TfType): Value {
  if (v === null || isUnknown(v)) return null;
  switch (t.kind) {
    case "string":
      if (typeof v === "string") return v;
      if (typeof v === "boolean") return String(v);
      return isNumberValue(v) ? numberToString(v) : mismatch("string", v);
    case "number":
      return isNumberValue(v) ? v : typeof v === "string" ? numberValue(v) : mismatch("number", v);
    case "bool":
      return typeof v === "boolean" ? v : v === "true" || v === "false" ? v === "true" : mismatch("bool", v);
    case "list":
    case "set":
      return Array.isArray(v) ? v.map((x) => conformValue(x, t.element)) : mismatch(t.kind, v);
    case "tuple":
      return Array.isArray(v) ? t.elements.map((et, i) => conformValue(v[i] ?? null, et)) : mismatch("tuple", v);
    case "map":
      return isObjectValue(v) ? mapValues(v, (x) => conformValue(x, t.element)) : mismatch("map", v);
    case "object": {
      if (!isObjectValue(v)) return mismatch("object", v);
      const out: ObjectValue = {};
      for (const k of Object.keys(t.attributes)) out[k] = conformValue(Object.prototype.hasOwnProperty.call(v, k) ? v[k] : null, t.attributes[k]);
      return out;
    }
    case "dynamic":
      return withoutUnknowns(v);
  }
}

function mapValues(v: ObjectValue, f: (x: Value) => Value): ObjectValue {
  const out = Object.create(null) as ObjectValue;
  for (const k of Object.keys(v)) out[k] = f(v[k]);
  return out;
}

function withoutUnknowns(v: Value): Value {
  if (isUnknown(v)) return null;
  if (Array.isArray(v)) return v.map(withoutUnknowns);
  return isObjectValue(v) ? mapValues(v, withoutUnknowns) : v;
}

function mismatch(expected: string, got: Value): never {
  throw new TypeError(`expected ${expected}, got ${Array.isArray(got) ? "list" : isObjectValue(got) ? "object" : typeof got}`);
}
