import type { Diagnostics } from "../framework/diagnostics";
import { AttributePath } from "../framework/path";
import { Attribute, isNestedAttribute, Schema } from "../framework/schema";
import { isObjectValue, isUnknown, ObjectValue, Value } from "../framework/values";

/**
 * Runs every attribute's validators over a config (nested attributes included) and warns about
 * deprecated attributes that are set.
 */
export function validateAttributes(schema: Schema, config: ObjectValue, diags: Diagnostics): void {
  walk(schema.attributes, config, AttributePath.empty, config, diags);
}

function walk(attributes: Readonly<Record<string, Attribute>>, obj: ObjectValue, base: AttributePath, config: ObjectValue, diags: Diagnostics): void {
  for (const [name, a] of Object.entries(attributes)) {
    const path = base.isEmpty() ? AttributePath.root(name) : base.attr(name);
    const value = obj[name] ?? null;
    if (a.deprecationMessage && value !== null) diags.addAttributeWarning(path, "Attribute Deprecated", a.deprecationMessage);
    for (const v of a.validators ?? []) v.validate({ path, value, config }, { diagnostics: diags });
    if (!isNestedAttribute(a) || value === null || isUnknown(value)) continue;
    eachNested(a, value, path, (elem, p) => walk(a.attributes, elem, p, config, diags));
  }
}

/** Calls `fn` for each known nested object of a nested attribute value, with its path. */
export function eachNested(a: Attribute, value: Value, path: AttributePath, fn: (obj: ObjectValue, path: AttributePath) => void): void {
  if (a.kind === "single_nested") {
    if (isObjectValue(value)) fn(value, path);
  } else if (a.kind === "list_nested" || a.kind === "set_nested") {
    if (Array.isArray(value)) value.forEach((x, i) => isObjectValue(x) && fn(x, path.listIndex(i)));
  } else if (a.kind === "map_nested" && isObjectValue(value)) {
    for (const [k, x] of Object.entries(value)) if (isObjectValue(x)) fn(x, path.mapKey(k));
  }
}
