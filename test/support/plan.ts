/** Reading terraform's machine-readable output: plan changes, changed attribute paths and diagnostics. */
import type { PlanJson, ResourceChangeJson, StateJson } from "./terraform";

/** A resource change reduced to what tests assert on. */
export interface ChangeSummary {
  address: string;
  type: string;
  actions: string[];
  /** Attribute paths whose known value changes, e.g. `data_protection.city`, `documents.document_types[0].country`. */
  changed: string[];
  /** Attribute paths that become unknown ("known after apply") without being set by the config. */
  unknown: string[];
  /** Paths that force replacement, as `a.b` strings. */
  replacePaths: string[];
  importing: boolean;
}

type Json = unknown;

function isObj(v: Json): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const join = (base: string, key: string | number) => (typeof key === "number" ? `${base}[${key}]` : base ? `${base}.${key}` : key);

/** Leaf paths where `a` and `b` differ (a list of different length counts as a change of the list itself). */
export function diffPaths(a: Json, b: Json, base = ""): string[] {
  if (isObj(a) && isObj(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].sort().flatMap((k) => diffPaths(a[k] ?? null, b[k] ?? null, join(base, k)));
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [base];
    return a.flatMap((x, i) => diffPaths(x, b[i], join(base, i)));
  }
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null) ? [] : [base];
}

/** Paths marked `true` in an `after_unknown` tree. */
export function unknownPaths(u: Json, base = ""): string[] {
  if (u === true) return [base];
  if (isObj(u)) return Object.keys(u).sort().flatMap((k) => unknownPaths(u[k], join(base, k)));
  if (Array.isArray(u)) return u.flatMap((x, i) => unknownPaths(x, join(base, i)));
  return [];
}

function stripUnknown(after: Json, u: Json): Json {
  if (u === true) return undefined;
  if (isObj(after)) {
    const o: Record<string, Json> = {};
    for (const [k, v] of Object.entries(after)) o[k] = stripUnknown(v, isObj(u) ? u[k] : undefined);
    return o;
  }
  if (Array.isArray(after)) return after.map((v, i) => stripUnknown(v, Array.isArray(u) ? u[i] : undefined));
  return after;
}

/** Summarises one `resource_changes` entry. */
export function summarize(rc: ResourceChangeJson): ChangeSummary {
  const unknown = unknownPaths(rc.change.after_unknown);
  const after = stripUnknown(rc.change.after, rc.change.after_unknown);
  const changed = rc.change.before == null || after == null ? [] : diffPaths(rc.change.before, after).filter((p) => !unknown.some((u) => p === u || p.startsWith(u + ".") || p.startsWith(u + "[")));
  return {
    address: rc.address,
    type: rc.type,
    actions: rc.change.actions,
    changed,
    unknown,
    replacePaths: (rc.change.replace_paths ?? []).map((p) => p.reduce<string>((acc, k) => join(acc, k), "")),
    importing: rc.change.importing !== undefined,
  };
}

/** Every managed resource change of a plan, keyed by address. */
export function changesOf(plan: PlanJson): Map<string, ChangeSummary> {
  const m = new Map<string, ChangeSummary>();
  for (const rc of plan.resource_changes ?? []) if (rc.mode === "managed") m.set(rc.address, summarize(rc));
  return m;
}

/** Only the changes that do something (actions other than no-op/read). */
export function effectiveChanges(plan: PlanJson): ChangeSummary[] {
  return [...changesOf(plan).values()].filter((c) => !(c.actions.length === 1 && (c.actions[0] === "no-op" || c.actions[0] === "read")));
}

/** `terraform show -json` resources of a state, keyed by address. */
export function stateResources(state: StateJson): Map<string, Record<string, unknown>> {
  const m = new Map<string, Record<string, unknown>>();
  for (const r of state.values?.root_module?.resources ?? []) m.set(r.address, r.values);
  return m;
}

/** A diagnostic as `terraform validate -json` and the `-json` UI stream print it. */
export interface Diagnostic {
  severity: "error" | "warning";
  summary: string;
  detail?: string;
  address?: string;
  range?: { filename: string; start: { line: number; column: number }; end: { line: number; column: number } };
  snippet?: { context?: string | null; code?: string; start_line?: number };
}

/** Parses newline-delimited JSON (`terraform plan -json`), skipping lines that are not JSON. */
export function jsonLines(text: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const line of text.split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      out.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      /* not a JSON line */
    }
  }
  return out;
}

/** Diagnostics from either `validate -json` (one object) or a `-json` UI stream (one message per line). */
export function diagnosticsOf(stdout: string): Diagnostic[] {
  const trimmed = stdout.trim();
  if (trimmed.startsWith("{") && !trimmed.includes("\n{")) {
    try {
      const doc = JSON.parse(trimmed) as { diagnostics?: Diagnostic[] };
      if (Array.isArray(doc.diagnostics)) return doc.diagnostics;
    } catch {
      /* fall through to the stream format */
    }
  }
  return jsonLines(stdout)
    .filter((m) => m.type === "diagnostic")
    .map((m) => m.diagnostic as Diagnostic);
}

/** Renders diagnostics for a failure message. */
export function formatDiagnostics(diags: Diagnostic[]): string {
  return diags
    .map((d) => `${d.severity}: ${d.summary}${d.detail ? ` — ${d.detail}` : ""}${d.range ? ` (${d.range.filename}:${d.range.start.line})` : ""}${d.address ? ` [${d.address}]` : ""}`)
    .join("\n");
}
