import {
  Attribute,
  AttributePath,
  isNumberValue,
  isObjectValue,
  isUnknown,
  numberValue,
  ObjectValue,
  toNumber,
  unknown,
  Value,
} from "../../plugin";
import { apiName } from "../schemas/from-model";

type Attrs = Readonly<Record<string, Attribute>>;
type Json = unknown;

const isRecord = (v: Json): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);
const settable = (a: Attribute) => !!(a.optional || a.required);

/**
 * Converts API JSON (camelCase) into a Terraform object for `attributes`, normalising what must not flip
 * between plans (api-contract.md §12): a key the API leaves out reads as the setting's default (the value the API
 * uses for it); for optional attributes without one that the API fills in itself (`address2`, `country_code`),
 * `""` vs null and `[]` vs absent follow the prior state (`""` means unset without one); strings and numbers keep
 * their own types, other missing keys become null. `prior` is the attribute's prior state value (undefined when
 * there is none).
 */
export function fromApi(attributes: Attrs, json: Json, prior?: Value): ObjectValue {
  const src = isRecord(json) ? json : {};
  const p = isObjectValue(prior) ? prior : undefined;
  const out: ObjectValue = {};
  for (const [name, a] of Object.entries(attributes)) {
    const key = apiName(a);
    out[name] = valueFromApi(a, key === undefined ? undefined : src[key], p?.[name]);
  }
  return out;
}

function valueFromApi(a: Attribute, v: Json, prior: Value | undefined): Value {
  if (v === undefined && a.default && a.computed) return a.default.defaultValue({ path: AttributePath.empty });
  switch (a.kind) {
    case "string": {
      const s = typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : null;
      if (!a.optional || a.computed) return s;
      if ((s === "" || s === null) && (prior === "" || prior === null)) return prior;
      return s === "" && prior === undefined ? null : s;
    }
    case "number":
      if (typeof v === "number" && Number.isFinite(v)) return numberValue(v);
      if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return numberValue(v);
      return null;
    case "bool":
      return typeof v === "boolean" ? v : null;
    case "list":
    case "set": {
      if (!Array.isArray(v)) return Array.isArray(prior) && prior.length === 0 && a.optional ? [] : null;
      if (v.length === 0 && prior === null && a.optional && !a.computed) return null;
      return v.map((x) => primitiveFromApi(a.elementType.kind, x));
    }
    case "single_nested":
      if (!isRecord(v)) return null;
      return fromApi(a.attributes, v, prior ?? undefined);
    case "list_nested":
    case "set_nested": {
      if (!Array.isArray(v)) return Array.isArray(prior) && prior.length === 0 && a.optional ? [] : null;
      if (v.length === 0 && prior === null && a.optional && !a.computed) return null;
      const priorList = Array.isArray(prior) ? prior : [];
      return v.map((x, i) => fromApi(a.attributes, elementObject(a.attributes, x), priorList[i]));
    }
    default:
      return v === undefined ? null : (v as Value);
  }
}

/** A list element that the API gives as a bare string (e.g. a template id) becomes an object keyed by the first attribute. */
function elementObject(attributes: Attrs, x: Json): Json {
  if (isRecord(x)) return x;
  const first = Object.values(attributes)[0];
  const key = first && apiName(first);
  return typeof x === "string" && key ? { [key]: x } : {};
}

function primitiveFromApi(kind: string, x: Json): Value {
  if (kind === "number") return typeof x === "number" ? numberValue(x) : typeof x === "string" && Number.isFinite(Number(x)) ? numberValue(x) : null;
  if (kind === "bool") return typeof x === "boolean" ? x : null;
  return typeof x === "string" ? x : x === null || x === undefined ? null : String(x);
}

/**
 * Converts a Terraform object into API JSON (camelCase). Unknown values are left out, computed-only
 * attributes are never sent, nulls are sent as null (they clear the field on a partial update).
 */
export function toApi(attributes: Attrs, value: Value): Record<string, Json> {
  const out: Record<string, Json> = {};
  if (!isObjectValue(value)) return out;
  for (const [name, a] of Object.entries(attributes)) {
    const key = apiName(a);
    if (!settable(a) || key === undefined) continue;
    const v = valueToApi(a, value[name] ?? null);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function valueToApi(a: Attribute, v: Value): Json {
  if (isUnknown(v)) return undefined;
  if (v === null) return null;
  switch (a.kind) {
    case "number":
      return isNumberValue(v) ? toNumber(v) : undefined;
    case "list":
    case "set":
      return Array.isArray(v) ? v.filter((x) => !isUnknown(x)).map((x) => (isNumberValue(x) ? toNumber(x) : x)) : undefined;
    case "single_nested":
      return toApi(a.attributes, v);
    case "list_nested":
    case "set_nested":
      return Array.isArray(v) ? v.map((x) => dropNulls(toApi(a.attributes, x))) : undefined;
    default:
      return v;
  }
}

/** Inside list elements, null optional keys are left out (the API fills its own defaults there). */
function dropNulls(obj: Record<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== null) out[k] = v;
  return out;
}

/** An object with every attribute unknown except those given (used for values not yet read). */
export function unknownObject(attributes: Attrs, known: ObjectValue = {}): ObjectValue {
  const out: ObjectValue = {};
  for (const name of Object.keys(attributes)) out[name] = name in known ? known[name] : unknown;
  return out;
}
