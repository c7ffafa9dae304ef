import type { z } from "zod";
import { baseSchema, fieldMeta, listElement } from "../../model";
import { Attribute, AttributePath, attributeType, conformValue, isObjectValue, ObjectValue, staticDefault, Value } from "../../plugin";
import { emptyIsUnset } from "./empty-is-unset";

const literal = (v: unknown) => (typeof v === "string" && v !== "" ? v : JSON.stringify(v));

/**
 * How an optional setting is planned when the configuration leaves it unset (architecture.md, "Declared is
 * enforced"): computed with a `Default` of the model's default (a section: the object of its settings' defaults).
 * A string the API treats as none when `""` or null also keeps whichever of the two the state holds. Without a
 * model default, or with a null one the field cannot spell `""`, it is plainly optional: unset plans null.
 */
export function settingFlags(field: z.ZodType, a: Attribute): Pick<Attribute, "optional" | "computed" | "default" | "planModifiers"> {
  if (a.kind === "single_nested") {
    const value = sectionDefault(a.attributes);
    return value ? { optional: true, computed: true, default: staticDefault(value, "When left out, every setting is planned at its default.") } : { optional: true };
  }
  const meta = fieldMeta(field);
  if (!("default" in meta) || meta.default === undefined) return { optional: true };
  const empty = emptyMeansNone(field, a);
  if (meta.default === null && !empty) return { optional: true };
  const value = conformValue(meta.default as Value, attributeType(a));
  return { optional: true, computed: true, default: staticDefault(value, `When unset, planned as \`${literal(meta.default)}\`.`), ...(empty ? { planModifiers: [emptyIsUnset()] } : {}) };
}

/** True for a string setting whose default is `""` or null and that accepts `""`: the API reads both as "none". */
function emptyMeansNone(field: z.ZodType, a: Attribute): boolean {
  const d = fieldMeta(field).default;
  return a.kind === "string" && (d === null || d === "") && baseSchema(field).safeParse("").success;
}

function sectionDefault(attributes: Readonly<Record<string, Attribute>>): ObjectValue | undefined {
  const out: ObjectValue = {};
  for (const [name, a] of Object.entries(attributes)) {
    if (a.required) return undefined;
    out[name] = a.default ? a.default.defaultValue({ path: AttributePath.root(name) }) : null;
  }
  return out;
}

/** The model's own description of a field (of its element, for a list). */
function ownDoc(field: z.ZodType): string | undefined {
  const element = listElement(field);
  return fieldMeta(field).description ?? (element && fieldMeta(element).description);
}

/** The model's description of a field with its default: the wording data sources use. */
export function modelDoc(field: z.ZodType): string | undefined {
  const own = ownDoc(field);
  const meta = fieldMeta(field);
  if (own === undefined || !("default" in meta)) return own;
  return `${own} Default \`${literal(meta.default)}\`${recommended(field)}.`;
}

const recommended = (field: z.ZodType) => {
  const meta = fieldMeta(field);
  return "recommended" in meta && meta.recommended === meta.default ? " (recommended)" : "";
};

/**
 * A resource attribute's description: the model's text, then what an unset value plans to, for settings the model
 * gives a default (a section: each setting at its default; a null default, or one the attribute does not plan: null).
 */
export function settingDoc(field: z.ZodType, a: Attribute): string | undefined {
  const own = ownDoc(field);
  if (own === undefined || a.required || (a.computed && !a.optional)) return own;
  if (a.default && a.kind === "single_nested") return `${own} ${a.default.description}`;
  const meta = fieldMeta(field);
  const [one, other] = meta.default === null ? ["null", '`""`'] : ['`""`', "null"];
  if (a.default && emptyMeansNone(field, a)) return `${own} When unset, planned as ${one} (or as ${other} when the API holds ${other}).`;
  if (a.default) return `${own} When unset, planned as \`${literal(meta.default)}\`${recommended(field)}.`;
  if (!("default" in meta)) return own;
  const stored = meta.default === null ? "" : ` (the API stores \`${literal(meta.default)}\`)`;
  return `${own} When unset, planned as null${stored}.`;
}

/** The sentence every resource description ends with: what an unset setting plans to. */
export const UNSET_IS_DEFAULT =
  "Every setting left out of the configuration (a whole section, or a setting inside one) is planned at its default, shown with each attribute: a change made outside Terraform shows in the next plan, and apply puts the default back.";

/**
 * The configuration as it will be planned: null optional+computed attributes take their defaults (inside set
 * sections and list elements too), so validation judges the values the plan will hold. Unknown values stay unknown.
 */
export function withDefaults(attributes: Readonly<Record<string, Attribute>>, config: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, a] of Object.entries(attributes)) {
    const v = config[name] ?? null;
    if (v === null) out[name] = a.default && a.computed ? a.default.defaultValue({ path: AttributePath.root(name) }) : null;
    else if (!("attributes" in a)) out[name] = v;
    else if (a.kind === "single_nested" && isObjectValue(v)) out[name] = withDefaults(a.attributes, v);
    else if (Array.isArray(v)) out[name] = v.map((x) => (isObjectValue(x) ? withDefaults(a.attributes, x) : x));
    else out[name] = v;
  }
  return out;
}
