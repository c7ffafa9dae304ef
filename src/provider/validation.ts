import type { ModelIssue } from "../model";
import { Attribute, AttributePath, Diagnostics, isObjectValue, isUnknown, ObjectValue, unknown, Value, walkValue } from "../plugin";
import { snakeCase } from "./normalize/case";
import { toApi } from "./normalize/convert";
import { pathFromModel } from "./schemas/from-model";

type Attrs = Readonly<Record<string, Attribute>>;

/** Rewrites the camelCase field names in a model or API message to the attribute names users write (outside quotes). */
export function snakeMessage(message: string): string {
  return message
    .split(/("(?:[^"\\]|\\.)*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\b[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+\b/g, (w) => snakeCase(w))))
    .join("");
}

/** The attribute path of a model issue path (`["documents","documentTypes",0]` → `documents.document_types[0]`), by declared names. */
export function attributePath(issuePath: readonly (string | number)[], attributes?: Attrs): AttributePath {
  return pathFromModel(issuePath, attributes);
}

function isPrefix(a: AttributePath, b: AttributePath): boolean {
  return a.steps.length <= b.steps.length && a.steps.every((s, i) => JSON.stringify(s) === JSON.stringify(b.steps[i]));
}

/** Paths of every unknown value inside `value`. */
export function unknownPaths(value: Value): AttributePath[] {
  const out: AttributePath[] = [];
  walkValue(value, (v, p) => {
    if (isUnknown(v)) {
      out.push(p);
      return false;
    }
    return true;
  });
  return out;
}

/**
 * The value as validation sees it: with `omitComputedNulls`, optional+computed attributes the config
 * leaves null become unknown: they mean "keep what the API holds", which is not known at validation time.
 */
export function validationValue(attributes: Attrs, value: ObjectValue, opts: { omitComputedNulls?: boolean } = {}): ObjectValue {
  if (!opts.omitComputedNulls) return value;
  const out: ObjectValue = {};
  for (const [name, a] of Object.entries(attributes)) {
    const v = value[name] ?? null;
    if (v === null && a.optional && a.computed) out[name] = unknown;
    else if (a.kind === "single_nested" && isObjectValue(v)) out[name] = validationValue(a.attributes, v, opts);
    else if ((a.kind === "list_nested" || a.kind === "set_nested") && Array.isArray(v))
      out[name] = v.map((x) => (isObjectValue(x) ? validationValue(a.attributes, x, opts) : x));
    else out[name] = v;
  }
  return out;
}

/** Model input (camelCase JSON) for a Terraform value; unknown values are left out, so the model skips them. */
export function modelInput(attributes: Attrs, value: ObjectValue): Record<string, unknown> {
  return toApi(attributes, value);
}

/**
 * Adds one error diagnostic per model issue, on the attribute the issue names. Skips issues about values
 * not known yet: those inside an unknown value of `value`, and those about a container holding an unknown
 * value of `config` (the practitioner's configuration; defaults to `value`). `prefix` is removed from issue
 * paths first (e.g. `projectFlow`).
 */
export function addModelIssues(
  diags: Diagnostics,
  issues: readonly ModelIssue[],
  value: ObjectValue,
  opts: { config?: ObjectValue; prefix?: string; attributes?: Attrs } = {},
): void {
  const inside = unknownPaths(value);
  const containing = unknownPaths(opts.config ?? value);
  for (const issue of issues) {
    let p = issue.path;
    if (opts.prefix && p[0] === opts.prefix) p = p.slice(1);
    const path = attributePath(p, opts.attributes);
    if (inside.some((u) => isPrefix(u, path)) || containing.some((u) => isPrefix(path, u))) continue;
    const detail = withFullPath(renamedLeaf(snakeMessage(issue.message), p, path), path);
    if (path.isEmpty()) diags.addError("Invalid Configuration", detail);
    else diags.addAttributeError(path, "Invalid Attribute Value", detail);
  }
}

/** A message about a model field whose attribute has another name (`webhook must be …` → `webhook_id must be …`). */
function renamedLeaf(message: string, issuePath: readonly (string | number)[], path: AttributePath): string {
  const key = issuePath[issuePath.length - 1];
  const step = path.steps[path.steps.length - 1];
  if (typeof key !== "string" || !step || !("attr" in step)) return message;
  const modelName = snakeMessage(key);
  return modelName !== step.attr && message.startsWith(`${modelName} `) ? step.attr + message.slice(modelName.length) : message;
}

/** Names the whole attribute path in a model message that starts with the leaf name (`document must be …` → `steps.document must be …`). */
export function withFullPath(message: string, path: AttributePath): string {
  const full = path.toString();
  const parts = full.split(".");
  for (let i = 0; i < parts.length; i++) {
    const suffix = parts.slice(i).join(".");
    for (const form of [suffix, suffix.replace(/(\[\d+\])+$/, "")])
      if (message.startsWith(form + " ") || message.startsWith(form + ":")) return full + message.slice(form.length);
  }
  return `${full}: ${message}`;
}

/**
 * Reports required attributes the configuration sets to null explicitly (`project_id = null`), including
 * nested ones inside objects that are set. Unknown values are skipped.
 */
export function addMissingRequired(diags: Diagnostics, attributes: Attrs, value: ObjectValue, base: AttributePath = AttributePath.empty): void {
  for (const [name, a] of Object.entries(attributes)) {
    const path = base.isEmpty() ? AttributePath.root(name) : base.attr(name);
    const v = value[name] ?? null;
    if (v === null) {
      if (a.required) diags.addAttributeError(path, "Missing Configuration for Required Attribute", `${path.toString()} is required: set a value for it.`);
      continue;
    }
    if (isUnknown(v) || !("attributes" in a) || !a.attributes) continue;
    if (a.kind === "single_nested" && isObjectValue(v)) addMissingRequired(diags, a.attributes, v, path);
    else if (Array.isArray(v)) v.forEach((x, i) => isObjectValue(x) && addMissingRequired(diags, a.attributes, x, path.listIndex(i)));
  }
}
