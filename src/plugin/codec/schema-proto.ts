import type { Attribute, Schema } from "../framework/schema";
import { attributeType, isNestedAttribute } from "../framework/schema";
import { typeToJson } from "../framework/types";
import { tfplugin6 } from "../proto/messages";

const encoder = new TextEncoder();

/** A framework schema as the protocol's Schema message (attributes sorted by name, descriptions in markdown when given). */
export function schemaToProto(schema: Schema): tfplugin6.ISchema {
  return {
    version: schema.version ?? 0,
    block: {
      version: schema.version ?? 0,
      attributes: attributesToProto(schema.attributes),
      ...description(schema),
      deprecated: !!schema.deprecationMessage,
    },
  };
}

function attributesToProto(attributes: Readonly<Record<string, Attribute>>): tfplugin6.Schema.IAttribute[] {
  return Object.keys(attributes)
    .sort()
    .map((name) => attributeToProto(name, attributes[name]));
}

function attributeToProto(name: string, a: Attribute): tfplugin6.Schema.IAttribute {
  const out: tfplugin6.Schema.IAttribute = {
    name,
    required: !!a.required,
    optional: !!a.optional,
    computed: !!a.computed,
    sensitive: !!a.sensitive,
    deprecated: !!a.deprecationMessage,
    ...description(a),
  };
  if (isNestedAttribute(a)) {
    const nesting = { single_nested: 1, list_nested: 2, set_nested: 3, map_nested: 4 }[a.kind];
    out.nestedType = { attributes: attributesToProto(a.attributes), nesting };
  } else {
    out.type = encoder.encode(JSON.stringify(typeToJson(attributeType(a))));
  }
  return out;
}

function description(d: { description?: string; markdownDescription?: string }): { description: string; descriptionKind: tfplugin6.StringKind } {
  if (d.markdownDescription) return { description: d.markdownDescription, descriptionKind: tfplugin6.StringKind.MARKDOWN };
  return { description: d.description ?? "", descriptionKind: tfplugin6.StringKind.PLAIN };
}
