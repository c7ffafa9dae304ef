/**
 * A small HCL writer for test configurations: JS values in, Terraform native syntax out, plus the line on which
 * every attribute was written (so a test can check that a diagnostic points at the attribute it broke).
 */

/** A raw HCL expression, written as-is (a reference such as `smartenroll_project.main.id`). */
export class Expr {
  constructor(readonly text: string) {}
}
/** A nested block (`lifecycle { … }`) rather than an object-valued attribute (`data_protection = { … }`). */
export class Block {
  constructor(readonly body: HclObject) {}
}

export type HclValue = string | number | boolean | null | undefined | Expr | Block | HclValue[] | HclObject;
export interface HclObject {
  [key: string]: HclValue;
}

/** One top-level block, e.g. `{ kind: "resource", labels: ["smartenroll_project", "main"], body: {...} }`. */
export interface HclTopBlock {
  kind: string;
  labels?: string[];
  body: HclObject;
}

/** The text and where each attribute landed: `lines.get("smartenroll_project.main.data_protection.city")` is 1-based. */
export interface RenderedHcl {
  text: string;
  lines: Map<string, number>;
}

/** Writes an expression reference, e.g. `ref("smartenroll_project.main.id")`. */
export const ref = (text: string) => new Expr(text);
/** Marks an object as a nested block. */
export const block = (body: HclObject) => new Block(body);

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function quote(s: string): string {
  return JSON.stringify(s)
    .replace(/\$\{/g, () => "$${")
    .replace(/%\{/g, () => "%%{");
}

function isScalar(v: HclValue): boolean {
  return v === null || typeof v !== "object" || v instanceof Expr;
}

function scalar(v: HclValue): string {
  if (v === null) return "null";
  if (v instanceof Expr) return v.text;
  if (typeof v === "string") return quote(v);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`cannot write ${v} in HCL`);
    return String(v);
  }
  return String(v);
}

/** Renders top-level blocks; attributes whose value is `undefined` are left out. */
export function renderHcl(blocks: HclTopBlock[]): RenderedHcl {
  const out: string[] = [];
  const lines = new Map<string, number>();

  /** Emits `prefix<value>suffix` where the value may span several lines. */
  const writeValue = (prefix: string, v: HclValue, suffix: string, indent: string, path: string): void => {
    if (isScalar(v)) {
      out.push(`${prefix}${scalar(v)}${suffix}`);
    } else if (v instanceof Block) {
      throw new Error(`a block cannot be a value (${path})`);
    } else if (Array.isArray(v)) {
      if (v.every(isScalar)) {
        out.push(`${prefix}[${v.map(scalar).join(", ")}]${suffix}`);
        return;
      }
      out.push(`${prefix}[`);
      v.forEach((item, i) => {
        const p = `${path}[${i}]`;
        lines.set(p, out.length + 1);
        writeValue(indent + "  ", item, ",", indent + "  ", p);
      });
      out.push(`${indent}]${suffix}`);
    } else {
      out.push(`${prefix}{`);
      writeBody(v as HclObject, indent + "  ", path);
      out.push(`${indent}}${suffix}`);
    }
  };

  const writeBody = (body: HclObject, indent: string, path: string): void => {
    for (const [key, v] of Object.entries(body)) {
      if (v === undefined) continue;
      const name = IDENT.test(key) ? key : quote(key);
      const p = path ? `${path}.${key}` : key;
      lines.set(p, out.length + 1);
      if (v instanceof Block) {
        out.push(`${indent}${name} {`);
        writeBody(v.body, indent + "  ", p);
        out.push(`${indent}}`);
      } else writeValue(`${indent}${name} = `, v, "", indent, p);
    }
  };

  blocks.forEach((b, i) => {
    if (i > 0) out.push("");
    const labels = (b.labels ?? []).map((l) => quote(l)).join(" ");
    const key = (b.labels ?? []).join(".");
    lines.set(key || b.kind, out.length + 1);
    out.push(`${b.kind}${labels ? " " + labels : ""} {`);
    writeBody(b.body, "  ", key);
    out.push("}");
  });
  return { text: out.join("\n") + "\n", lines };
}

/** Shorthand for a `resource "TYPE" "NAME" { … }` block. */
export const resource = (type: string, name: string, body: HclObject): HclTopBlock => ({ kind: "resource", labels: [type, name], body });
/** Shorthand for a `data "TYPE" "NAME" { … }` block. */
export const dataSource = (type: string, name: string, body: HclObject): HclTopBlock => ({ kind: "data", labels: [type, name], body });
