// Renders registry-style reference pages (the layout tfplugindocs produces) from a provider schema in the
// `terraform providers schema -json` format plus the examples under examples/{provider,resources,data-sources}.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const PROVIDER_NAME = "smartenroll";

function typeName(type) {
  if (typeof type === "string") return { string: "String", bool: "Boolean", number: "Number", dynamic: "Dynamic" }[type] ?? type;
  const [kind, inner] = type;
  if (kind === "list" || kind === "set" || kind === "map") return `${kind[0].toUpperCase()}${kind.slice(1)} of ${typeName(inner)}`;
  if (kind === "object") return "Object";
  return kind;
}

function nestedTypeName(mode) {
  return { single: "Attributes", list: "Attributes List", set: "Attributes Set", map: "Attributes Map" }[mode] ?? "Attributes";
}

function blockTypeName(mode) {
  return { single: "Block", group: "Block", list: "Block List", set: "Block Set", map: "Block Map" }[mode] ?? "Block";
}

function oneLine(text) {
  return (text ?? "").trim();
}

/** Turns a block (attributes + block_types) into Required / Optional / Read-Only groups and nested sections. */
function renderBlock(block, prefix, nested, top) {
  const groups = { Required: [], Optional: [], "Read-Only": [] };
  const entries = [
    ...Object.entries(block.attributes ?? {}).map(([name, a]) => ({ name, a, kind: "attr" })),
    ...Object.entries(block.block_types ?? {}).map(([name, b]) => ({ name, a: b, kind: "block" })),
  ].sort((x, y) => x.name.localeCompare(y.name));
  for (const { name, a, kind } of entries) {
    let group;
    if (kind === "block") group = (a.min_items ?? 0) > 0 ? "Required" : "Optional";
    else group = a.required ? "Required" : a.optional ? "Optional" : "Read-Only";
    const anchor = `nested${kind === "block" ? "block" : "att"}--${prefix}${name}`;
    let type;
    let child;
    if (kind === "block") {
      type = blockTypeName(a.nesting_mode);
      child = a.block;
    } else if (a.nested_type) {
      type = nestedTypeName(a.nested_type.nesting_mode);
      child = { attributes: a.nested_type.attributes };
    } else type = typeName(a.type);
    const flags = [type, a.sensitive ? "Sensitive" : null, a.deprecated ? "Deprecated" : null].filter(Boolean).join(", ");
    const desc = oneLine(a.description ?? (kind === "block" ? a.block?.description : undefined));
    const link = child ? ` (see [below for nested schema](#${anchor}))` : "";
    groups[group].push(`- \`${name}\` (${flags})${desc ? ` ${desc}` : ""}${link}`);
    if (child) nested.push({ anchor, title: `${prefix.replaceAll("--", ".")}${name}`, block: child, prefix: `${prefix}${name}--` });
  }
  const out = [];
  for (const [title, lines] of Object.entries(groups)) {
    if (lines.length === 0) continue;
    out.push(top ? `### ${title}` : `${title}:`, "", ...lines, "");
  }
  return out;
}

function renderSchema(block) {
  const nested = [];
  const out = ["## Schema", "", ...renderBlock(block, "", nested, true)];
  while (nested.length > 0) {
    const n = nested.shift();
    const inner = [];
    out.push(`<a id="${n.anchor}"></a>`, `### Nested Schema for \`${n.title}\``, "", ...renderBlock(n.block, n.prefix, inner, false));
    nested.unshift(...inner);
  }
  return out;
}

function readExample(file) {
  return existsSync(file) ? readFileSync(file, "utf8").trimEnd() : undefined;
}

function frontMatter(title, description) {
  const desc = oneLine(description)
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");
  return ["---", `page_title: "${title}"`, `subcategory: ""`, "description: |-", desc, "---", ""];
}

function page({ stamp, title, heading, description, example, block, importScript }) {
  const out = [...frontMatter(title, description), stamp, "", `# ${heading}`, "", oneLine(description), ""];
  if (example) out.push("## Example Usage", "", "```terraform", example, "```", "");
  out.push(...renderSchema(block));
  if (importScript) out.push("## Import", "", "Import is supported using the following syntax:", "", "```shell", importScript, "```", "");
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

/**
 * Returns the pages as { relative path: markdown }: index.md for the provider, resources/<name>.md and
 * data-sources/<name>.md, where <name> drops the `smartenroll_` prefix as the registry does.
 */
export function renderDocs(schema, { address, examplesDir, stamp }) {
  const provider = schema.provider_schemas?.[address];
  if (!provider) throw new Error(`the schema has no provider ${address}`);
  const pages = {};
  const short = (type) => type.replace(new RegExp(`^${PROVIDER_NAME}_`), "");
  pages["index.md"] = page({
    stamp,
    title: `Provider: ${PROVIDER_NAME}`,
    heading: `${PROVIDER_NAME} Provider`,
    description: provider.provider?.block?.description ?? "",
    example: readExample(path.join(examplesDir, "provider", "provider.tf")),
    block: provider.provider?.block ?? {},
  });
  for (const [type, res] of Object.entries(provider.resource_schemas ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const dir = path.join(examplesDir, "resources", type);
    pages[`resources/${short(type)}.md`] = page({
      stamp,
      title: `${type} Resource - ${PROVIDER_NAME}`,
      heading: `${type} (Resource)`,
      description: res.block?.description ?? "",
      example: readExample(path.join(dir, "resource.tf")),
      block: res.block ?? {},
      importScript: readExample(path.join(dir, "import.sh")),
    });
  }
  for (const [type, ds] of Object.entries(provider.data_source_schemas ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    pages[`data-sources/${short(type)}.md`] = page({
      stamp,
      title: `${type} Data Source - ${PROVIDER_NAME}`,
      heading: `${type} (Data Source)`,
      description: ds.block?.description ?? "",
      example: readExample(path.join(examplesDir, "data-sources", type, "data-source.tf")),
      block: ds.block ?? {},
    });
  }
  return pages;
}
