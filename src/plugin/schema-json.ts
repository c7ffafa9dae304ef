import type { Provider } from "./framework/provider";
import { Attribute, attributeType, isNestedAttribute, Schema } from "./framework/schema";
import { typeToJson } from "./framework/types";

/**
 * The provider's schemas in the format of `terraform providers schema -json`
 * (`{ format_version, provider_schemas: { [sourceAddress]: { provider, resource_schemas, data_source_schemas } } }`),
 * with the same key order, so `JSON.stringify` of it equals Terraform's output for the same provider.
 * `sourceAddress` is the full address, e.g. "registry.terraform.io/example-corp/example".
 */
export function schemaJson(provider: Provider, sourceAddress: string): Record<string, unknown> {
  const providerTypeName = provider.metadata().typeName;
  const named = <T extends { metadata(r: { providerTypeName: string }): { typeName: string }; schema(): Schema }>(factories: Array<() => T>) => {
    const out: Record<string, unknown> = {};
    const items = factories.map((f) => f()).map((x) => [x.metadata({ providerTypeName }).typeName, x.schema()] as const);
    for (const [name, schema] of items.sort((a, b) => (a[0] < b[0] ? -1 : 1))) out[name] = schemaToJson(schema);
    return out;
  };
  const entry: Record<string, unknown> = { provider: schemaToJson(provider.schema()) };
  const resources = named(provider.resources());
  const dataSources = named(provider.dataSources());
  if (Object.keys(resources).length) entry.resource_schemas = resources;
  if (Object.keys(dataSources).length) entry.data_source_schemas = dataSources;
  return { format_version: "1.0", provider_schemas: { [sourceAddress]: entry } };
}

/** One schema (`{ version, block }`) in Terraform's JSON form. */
export function schemaToJson(schema: Schema): Record<string, unknown> {
  return {
    version: schema.version ?? 0,
    block: { attributes: attributesToJson(schema.attributes), ...describe(schema), ...flag("deprecated", !!schema.deprecationMessage) },
  };
}

function attributesToJson(attributes: Readonly<Record<string, Attribute>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(attributes).sort()) out[name] = attributeToJson(attributes[name]);
  return out;
}

function attributeToJson(a: Attribute): Record<string, unknown> {
  const head: Record<string, unknown> = isNestedAttribute(a)
    ? { nested_type: { attributes: attributesToJson(a.attributes), nesting_mode: a.kind.replace("_nested", "") } }
    : { type: typeToJson(attributeType(a)) };
  return {
    ...head,
    ...describe(a),
    ...flag("deprecated", !!a.deprecationMessage),
    ...flag("required", !!a.required),
    ...flag("optional", !!a.optional),
    ...flag("computed", !!a.computed),
    ...flag("sensitive", !!a.sensitive),
  };
}

function describe(d: { description?: string; markdownDescription?: string }): Record<string, unknown> {
  const text = d.markdownDescription || d.description || "";
  return { ...(text ? { description: text } : {}), description_kind: d.markdownDescription ? "markdown" : "plain" };
}

function flag(key: string, on: boolean): Record<string, unknown> {
  return on ? { [key]: true } : {};
}
