import type { z } from "zod";
import type { Attribute, Schema } from "../../plugin";
import { camelCase } from "../normalize/case";
import { modelDescription } from "../schema-from-model";

type Attrs = Readonly<Record<string, Attribute>>;

/**
 * Fills in each attribute's description from the model field at the same (camelCase) path, keeping any
 * description written in the schema itself (ids, timestamps and other provider-only attributes).
 */
export function describeFromModel(attributes: Attrs, model: z.ZodType | undefined, prefix: string[] = []): Attrs {
  const out: Record<string, Attribute> = {};
  for (const [name, a] of Object.entries(attributes)) {
    const path = [...prefix, camelCase(name)];
    const fromModel = model ? modelDescription(model, path) : undefined;
    const description = a.description ?? fromModel;
    let next: Attribute = { ...a, description };
    if ("attributes" in a && a.attributes) next = { ...next, attributes: describeFromModel(a.attributes, model, path) } as Attribute;
    out[name] = next;
  }
  return out;
}

/** A schema whose attribute descriptions come from the model. */
export function schemaFromModel(description: string, attributes: Attrs, model?: z.ZodType): Schema {
  return { description, attributes: describeFromModel(attributes, model) };
}
