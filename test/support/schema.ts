/** The provider schema as `terraform providers schema -json` prints it, and which attributes are computed-only. */
import type { Workspace } from "./terraform";

interface AttributeJson {
  optional?: boolean;
  required?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  nested_type?: { attributes: Record<string, AttributeJson>; nesting_mode: string };
}
interface BlockJson {
  attributes?: Record<string, AttributeJson>;
}
/** The part of the schema JSON the tests read. */
export interface ProviderSchemasJson {
  provider_schemas: Record<string, { provider?: { block: BlockJson }; resource_schemas?: Record<string, { block: BlockJson }>; data_source_schemas?: Record<string, { block: BlockJson }> }>;
}

/** `terraform providers schema -json` in an initialised workspace. */
export async function providerSchemas(ws: Workspace): Promise<ProviderSchemasJson> {
  const r = await ws.tfOk(["providers", "schema", "-json"]);
  return JSON.parse(r.stdout) as ProviderSchemasJson;
}

function walk(attrs: Record<string, AttributeJson>, base: string, out: { computedOnly: string[]; sensitive: string[] }) {
  for (const [name, a] of Object.entries(attrs)) {
    const p = base ? `${base}.${name}` : name;
    if (a.computed && !a.optional && !a.required) out.computedOnly.push(p);
    if (a.sensitive) out.sensitive.push(p);
    if (a.nested_type) walk(a.nested_type.attributes, p, out);
  }
}

/** Attribute paths (without list indexes) of a resource type that only the provider sets. */
export function computedOnlyPaths(schemas: ProviderSchemasJson, resourceType: string): string[] {
  for (const p of Object.values(schemas.provider_schemas)) {
    const r = p.resource_schemas?.[resourceType];
    if (r) {
      const out = { computedOnly: [] as string[], sensitive: [] as string[] };
      walk(r.block.attributes ?? {}, "", out);
      return out.computedOnly;
    }
  }
  throw new Error(`resource type ${resourceType} is not in the provider schema`);
}
