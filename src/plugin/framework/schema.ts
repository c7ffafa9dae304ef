import type { Default } from "./defaults";
import type { PlanModifier } from "./plan-modifiers";
import { TfType, types } from "./types";
import type { Validator } from "./validators";

/** What every attribute can say about itself. Exactly one of required/optional/computed(+optional) must describe it. */
export interface AttributeCommon {
  /** The practitioner must set it. */
  readonly required?: boolean;
  /** The practitioner may set it. */
  readonly optional?: boolean;
  /** The provider sets it (with `optional`: when the practitioner does not). */
  readonly computed?: boolean;
  /** Terraform hides the value in plan output. */
  readonly sensitive?: boolean;
  /** Plain-text description (docs, language server). */
  readonly description?: string;
  /** Markdown description (docs); `description` is used when missing. */
  readonly markdownDescription?: string;
  /** Non-empty: the attribute is deprecated and Terraform warns when it is set. */
  readonly deprecationMessage?: string;
  /** Checks run on the config value (also null and unknown ones; see {@link Validator}). */
  readonly validators?: readonly Validator[];
  /** Modifiers run in order on the planned value (resources only). */
  readonly planModifiers?: readonly PlanModifier[];
  /** Value planned when the config leaves an optional+computed attribute null (resources only). */
  readonly default?: Default;
}

export interface StringAttribute extends AttributeCommon { readonly kind: "string" }
export interface NumberAttribute extends AttributeCommon { readonly kind: "number" }
export interface BoolAttribute extends AttributeCommon { readonly kind: "bool" }
/** A list of `elementType` values. */
export interface ListAttribute extends AttributeCommon { readonly kind: "list"; readonly elementType: TfType }
/** A set of `elementType` values. */
export interface SetAttribute extends AttributeCommon { readonly kind: "set"; readonly elementType: TfType }
/** A map from strings to `elementType` values. */
export interface MapAttribute extends AttributeCommon { readonly kind: "map"; readonly elementType: TfType }
/** An object of fixed attribute types, without per-attribute behaviour (prefer nested attributes). */
export interface ObjectAttribute extends AttributeCommon {
  readonly kind: "object";
  readonly attributeTypes: Readonly<Record<string, TfType>>;
}

/** Nested attributes: each inner attribute has its own flags, descriptions, validators and plan modifiers. */
export interface NestedAttributeCommon extends AttributeCommon {
  readonly attributes: Readonly<Record<string, Attribute>>;
}
/** One nested object. */
export interface SingleNestedAttribute extends NestedAttributeCommon { readonly kind: "single_nested" }
/** A list of nested objects. */
export interface ListNestedAttribute extends NestedAttributeCommon { readonly kind: "list_nested" }
/** A set of nested objects. */
export interface SetNestedAttribute extends NestedAttributeCommon { readonly kind: "set_nested" }
/** A map of nested objects. */
export interface MapNestedAttribute extends NestedAttributeCommon { readonly kind: "map_nested" }

/** Any attribute. */
export type Attribute =
  | StringAttribute
  | NumberAttribute
  | BoolAttribute
  | ListAttribute
  | SetAttribute
  | MapAttribute
  | ObjectAttribute
  | SingleNestedAttribute
  | ListNestedAttribute
  | SetNestedAttribute
  | MapNestedAttribute;

/** Attributes that hold nested attributes. */
export type NestedAttribute = SingleNestedAttribute | ListNestedAttribute | SetNestedAttribute | MapNestedAttribute;

/** The schema of a provider, resource or data source. Nested attributes only (no blocks). */
export interface Schema {
  /** Version of the stored state layout; bump it and implement `upgradeState` when the layout changes (resources). */
  readonly version?: number;
  readonly description?: string;
  readonly markdownDescription?: string;
  readonly deprecationMessage?: string;
  readonly attributes: Readonly<Record<string, Attribute>>;
}

/** True for nested attributes. */
export function isNestedAttribute(a: Attribute): a is NestedAttribute {
  return a.kind === "single_nested" || a.kind === "list_nested" || a.kind === "set_nested" || a.kind === "map_nested";
}

/** The Terraform type of an attribute's value. */
export function attributeType(a: Attribute): TfType {
  switch (a.kind) {
    case "string":
    case "number":
    case "bool":
      return { kind: a.kind };
    case "list":
    case "set":
    case "map":
      return { kind: a.kind, element: a.elementType };
    case "object":
      return types.object({ ...a.attributeTypes });
    case "single_nested":
      return attributesType(a.attributes);
    case "list_nested":
      return types.list(attributesType(a.attributes));
    case "set_nested":
      return types.set(attributesType(a.attributes));
    case "map_nested":
      return types.map(attributesType(a.attributes));
  }
}

/** The object type of a set of attributes. */
export function attributesType(attributes: Readonly<Record<string, Attribute>>): TfType {
  const out: Record<string, TfType> = {};
  for (const [name, a] of Object.entries(attributes)) out[name] = attributeType(a);
  return types.object(out);
}

/** The object type of a whole schema (the type of its config, plan and state values). */
export function schemaType(schema: Schema): TfType {
  return attributesType(schema.attributes);
}
