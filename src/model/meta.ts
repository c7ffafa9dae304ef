import { z } from "zod";

/** The direction in which a change of a field weakens verification (read by the review rules). */
export type Weaker = "decrease" | "increase" | "disable" | "remove" | "add";

declare module "zod/v4/core" {
  interface GlobalMeta {
    /** The value the API uses when the field is not sent (or is cleared with null). */
    default?: unknown;
    /** The value the seed recommends, when it names one. */
    recommended?: unknown;
    /** Which change of the field weakens verification. */
    weaker?: Weaker;
  }
}

/** What the model says about a field beside its type: written once with `.meta({...})` on the field's schema. */
export interface FieldMeta {
  description?: string;
  /** Present (possibly null) when the API fills the field in; absent when it has no default. */
  default?: unknown;
  recommended?: unknown;
  weaker?: Weaker;
}

/** Numeric or length bounds of a field (`z.number().min().max()`, `.int()`, `z.string().max()`). */
export interface FieldRange {
  min?: number;
  max?: number;
  int?: boolean;
}

type Wrapper = z.ZodOptional | z.ZodNullable | z.ZodDefault | z.ZodPrefault | z.ZodReadonly | z.ZodNonOptional | z.ZodCatch;
const WRAPPERS = [z.ZodOptional, z.ZodNullable, z.ZodDefault, z.ZodPrefault, z.ZodReadonly, z.ZodNonOptional, z.ZodCatch];
const isWrapper = (s: z.ZodType): s is Wrapper => WRAPPERS.some((W) => s instanceof W);

/** The schema and every schema it wraps (optional, nullable, default, pipe input …), outermost first. */
export function schemaLayers(schema: z.ZodType): z.ZodType[] {
  const out: z.ZodType[] = [schema];
  for (let cur = schema; ; ) {
    const next = isWrapper(cur) ? (cur.unwrap() as z.ZodType) : cur instanceof z.ZodPipe ? (cur.in as z.ZodType) : undefined;
    if (!next) return out;
    out.push(next);
    cur = next;
  }
}

/** The innermost schema of a field: its type without optional/nullable/pipe wrappers. */
export function baseSchema(schema: z.ZodType): z.ZodType {
  const l = schemaLayers(schema);
  return l[l.length - 1];
}

/** The field's metadata, merged over its wrappers (the outer layer wins). */
export function fieldMeta(schema: z.ZodType): FieldMeta {
  const out: FieldMeta = {};
  for (const layer of schemaLayers(schema).reverse()) Object.assign(out, z.globalRegistry.get(layer) ?? {});
  return out;
}

/** True when the field has a server default (which may be null). */
export function hasDefault(schema: z.ZodType): boolean {
  return "default" in fieldMeta(schema);
}

/** True when the field may be left out. */
export function isOptionalField(schema: z.ZodType): boolean {
  return schemaLayers(schema).some((l) => l instanceof z.ZodOptional);
}

/** Bounds of a number field (or the length bounds of a string field); empty when it has none. */
export function fieldRange(schema: z.ZodType): FieldRange {
  const base = baseSchema(schema);
  const finite = (n: number | null) => (n !== null && Number.isFinite(n) ? n : undefined);
  if (base instanceof z.ZodNumber) return clean({ min: finite(base.minValue), max: finite(base.maxValue), int: base.isInt || undefined });
  if (base instanceof z.ZodString) return clean({ min: finite(base.minLength), max: finite(base.maxLength) });
  return {};
}

const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Allowed values of an enum field (or of a list of enum values); undefined for other fields. */
export function fieldEnum(schema: z.ZodType): readonly string[] | undefined {
  let base = baseSchema(schema);
  if (base instanceof z.ZodArray) base = baseSchema(base.element as z.ZodType);
  return base instanceof z.ZodEnum ? (base.options as string[]) : undefined;
}

/** The element schema of a list field, or undefined when the field is not a list. */
export function listElement(schema: z.ZodType): z.ZodType | undefined {
  const base = baseSchema(schema);
  return base instanceof z.ZodArray ? (base.element as z.ZodType) : undefined;
}

/**
 * The fields of an object field, of a list of objects, or of the object member of a union (a list element
 * the API accepts as an id string or as an object); undefined for other fields.
 */
export function objectFields(schema: z.ZodType): Readonly<Record<string, z.ZodType>> | undefined {
  let base = baseSchema(schema);
  if (base instanceof z.ZodArray) base = baseSchema(base.element as z.ZodType);
  if (base instanceof z.ZodUnion) base = (base.options as z.ZodType[]).map(baseSchema).find((o) => o instanceof z.ZodObject) ?? base;
  return base instanceof z.ZodObject ? (base.shape as Record<string, z.ZodType>) : undefined;
}

/** The field at a camelCase path of an object schema (lists are stepped through); undefined when there is none. */
export function fieldAt(root: z.ZodType, path: readonly string[]): z.ZodType | undefined {
  let cur: z.ZodType | undefined = root;
  for (const key of path) cur = cur && objectFields(cur)?.[key];
  return cur;
}

/** Calls `visit` for every field below `root`, depth first, with its camelCase path. */
export function walkFields(root: z.ZodType, visit: (path: string[], schema: z.ZodType, meta: FieldMeta) => void, prefix: string[] = []): void {
  for (const [key, schema] of Object.entries(objectFields(root) ?? {})) {
    const path = [...prefix, key];
    visit(path, schema, fieldMeta(schema));
    walkFields(schema, visit, path);
  }
}

/** The defaults of an object schema's fields, keyed by field name (fields without a default are left out). */
export function fieldDefaults(root: z.ZodType): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(objectFields(root) ?? {})) {
    const meta = fieldMeta(schema);
    if ("default" in meta) out[key] = structuredClone(meta.default);
  }
  return out;
}

const literal = (v: unknown) => (typeof v === "string" && v !== "" ? v : JSON.stringify(v));

/** The field's description for readers (docs, Terraform, review output): the text, then its default. */
export function fieldDoc(schema: z.ZodType): string | undefined {
  const meta = fieldMeta(schema);
  if (meta.description === undefined) return undefined;
  if (!("default" in meta)) return meta.description;
  const recommended = "recommended" in meta && meta.recommended === meta.default ? " (recommended)" : "";
  return `${meta.description} Default \`${literal(meta.default)}\`${recommended}.`;
}
