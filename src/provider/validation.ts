import { issueMessage, type IssueNaming, type ModelIssue } from "../model";
import { Attribute, AttributePath, Diagnostics, isObjectValue, isUnknown, ObjectValue, Value, walkValue } from "../plugin";
import { toApi } from "./normalize/convert";
import { pathFromModel } from "./schemas/from-model";

type Attrs = Readonly<Record<string, Attribute>>;

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

/** Model input (camelCase JSON) for a Terraform value; unknown values are left out, so the model skips them. */
export function modelInput(attributes: Attrs, value: ObjectValue): Record<string, unknown> {
  return toApi(attributes, value);
}

/** The provider's spelling of model paths: attribute paths in snake_case, as the schema declares them. */
export function attributeNaming(attributes?: Attrs): IssueNaming {
  const spell = (p: readonly (string | number)[]) => attributePath(p, attributes).toString() || "the configuration";
  return { subject: spell, ref: spell };
}

/**
 * Adds one error diagnostic per model issue, on the attribute the issue names, with a message that names it by
 * its attribute path. Skips issues about values not known yet: those inside an unknown value of `value`, and
 * those about a container holding an unknown value of `config` (the practitioner's configuration; defaults to
 * `value`). `prefix` is removed from issue paths first (e.g. `projectFlow`).
 */
export function addModelIssues(
  diags: Diagnostics,
  issues: readonly ModelIssue[],
  value: ObjectValue,
  opts: { config?: ObjectValue; prefix?: string; attributes?: Attrs } = {},
): void {
  if (issues.length === 0) return;
  const inside = unknownPaths(value);
  const containing = unknownPaths(opts.config ?? value);
  const naming = attributeNaming(opts.attributes);
  for (const issue of issues) {
    const p = opts.prefix && issue.path[0] === opts.prefix ? issue.path.slice(1) : issue.path;
    const path = attributePath(p, opts.attributes);
    if (inside.some((u) => isPrefix(u, path)) || containing.some((u) => isPrefix(path, u))) continue;
    const detail = issueMessage({ ...issue, path: p }, naming);
    if (path.isEmpty()) diags.addError("Invalid Configuration", detail);
    else diags.addAttributeError(path, "Invalid Attribute Value", detail);
  }
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
