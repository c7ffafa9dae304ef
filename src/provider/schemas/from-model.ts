import { z } from "zod";
import { baseSchema, isOptionalField, listElement, objectFields } from "../../model";
import { Attribute, AttributePath, TfType, types } from "../../plugin";
import { snakeCase } from "../normalize/case";
import { modelDoc, settingDoc, settingFlags } from "./planned-default";

type Attrs = Readonly<Record<string, Attribute>>;

/** An attribute that knows the API key it maps to (the model's declared field name) and the model's own wording of it. */
export type ApiAttribute = Attribute & { readonly apiName?: string; readonly modelDescription?: string };

/** The API key (camelCase, as declared in the model) of an attribute; undefined for provider-only attributes such as `id`. */
export function apiName(a: Attribute): string | undefined {
  return (a as ApiAttribute).apiName;
}

/** The attribute name and attribute whose API key is `key`, among `attributes`. */
export function attributeForApiKey(attributes: Attrs, key: string): [string, Attribute] | undefined {
  return Object.entries(attributes).find(([, a]) => apiName(a) === key);
}

/**
 * The attribute path of a model or API path (camelCase keys, numbers for list items), following the attributes'
 * declared API keys; keys no attribute declares (or all keys, without `attributes`) are spelled in snake_case.
 */
export function pathFromModel(path: readonly (string | number)[], attributes?: Attrs): AttributePath {
  let out = AttributePath.empty;
  let attrs = attributes;
  for (const key of path) {
    if (typeof key === "number") {
      out = out.listIndex(key);
      continue;
    }
    const found = attrs && attributeForApiKey(attrs, key);
    out = out.attr(found ? found[0] : snakeCase(key));
    attrs = found && "attributes" in found[1] ? found[1].attributes : undefined;
  }
  return out;
}

/** Choices the model does not make, per attribute (dotted snake_case paths such as `data_protection.address2`). */
export interface ModelSchemaOptions {
  /** Model fields the resource does not expose (camelCase, top level). */
  readonly omit?: readonly string[];
  /** Attributes set only by the API (computed, never configured). */
  readonly computedOnly?: readonly string[];
  /** Extra settings merged into an attribute (plan modifiers, a Terraform default, a description of its own). */
  readonly tweak?: Readonly<Record<string, Partial<Attribute>>>;
  /** Attribute names other than the snake_case of the model's field name (keyed by that default path). */
  readonly rename?: Readonly<Record<string, string>>;
}

/**
 * Terraform attributes for every field of an object model, in the model's order: the kind from the field's type,
 * `required` when the model requires it; otherwise optional, and computed with a `Default` when the model gives the
 * field a default (a section of settings: the object of its settings' defaults), so that an unset setting is planned
 * at its default rather than at whatever the API holds. The description says what an unset value plans to.
 */
export function attributesFromModel(model: z.ZodType, opts: ModelSchemaOptions = {}, prefix = ""): Record<string, ApiAttribute> {
  const out: Record<string, ApiAttribute> = {};
  for (const [key, field] of Object.entries(objectFields(model) ?? {})) {
    if (!prefix && opts.omit?.includes(key)) continue;
    const path = prefix + snakeCase(key);
    const name = opts.rename?.[path] ?? snakeCase(key);
    const a = fieldAttribute(field, path, opts);
    if (!a) continue;
    const flags = opts.computedOnly?.includes(path) ? { computed: true } : flagsOf(field, a);
    const tweak = opts.tweak?.[path];
    const merged = { ...a, ...flags, apiName: key, ...tweak } as ApiAttribute;
    out[name] = { ...merged, description: tweak?.description ?? settingDoc(field, merged), modelDescription: tweak?.description ?? modelDoc(field) } as ApiAttribute;
  }
  return out;
}

function fieldAttribute(field: z.ZodType, path: string, opts: ModelSchemaOptions): Attribute | undefined {
  const base = baseSchema(field);
  const element = listElement(field);
  if (element) {
    if (objectFields(element)) return { kind: "list_nested", attributes: attributesFromModel(element, opts, path + ".") };
    const type = primitiveType(element);
    return type && { kind: "list", elementType: type };
  }
  if (base instanceof z.ZodObject) return { kind: "single_nested", attributes: attributesFromModel(base, opts, path + ".") };
  const type = primitiveType(base);
  return type && ({ kind: type.kind } as Attribute);
}

function primitiveType(s: z.ZodType): TfType | undefined {
  const base = baseSchema(s);
  if (base instanceof z.ZodString || base instanceof z.ZodEnum) return types.string;
  if (base instanceof z.ZodNumber) return types.number;
  if (base instanceof z.ZodBoolean) return types.bool;
  return undefined;
}

function flagsOf(field: z.ZodType, a: Attribute): Partial<Attribute> {
  return isOptionalField(field) ? settingFlags(field, a) : { required: true };
}
