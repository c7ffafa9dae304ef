/**
 * Invalid configurations fail at `terraform validate` or `terraform plan`, with a diagnostic that names the
 * broken attribute, and without a single API request (each case runs as its own user; the request log is checked
 * per user). Cases run in parallel batches of 4, sharing one `terraform init`.
 */
import type { HclObject } from "../../support/hcl";
import { diagnosticsOf, formatDiagnostics, type Diagnostic } from "../../support/plan";
import type { RunResult } from "../../support/run";
import type { LoggedRequest } from "../../support/server";
import { useE2E } from "./fixtures/e2e";
import { INVALID_CASES, type InvalidCase } from "./fixtures/invalid-cases";
import { COMPLETE_STACK, mainTf, stackBlocks, withPath } from "./fixtures/seed";

const e = useE2E();
const ADDRESS = { project: "smartenroll_project.main", flow: "smartenroll_project_flow.main", branding: "smartenroll_project_branding.main" };

interface Outcome {
  stage: "validate" | "plan" | "none";
  run: RunResult;
  diagnostics: Diagnostic[];
  requests: LoggedRequest[];
  line: number | undefined;
  parentLine: number | undefined;
}

function configOf(k: InvalidCase) {
  const spec = { ...COMPLETE_STACK } as Record<string, HclObject>;
  let part = spec[k.part];
  for (const [p, v] of Object.entries(k.set)) part = withPath(part, p, v);
  spec[k.part] = part;
  return mainTf(stackBlocks("main", spec as never));
}

const attributeOf = (k: InvalidCase) => k.attribute ?? Object.keys(k.set)[0];

async function runCase(k: InvalidCase, i: number): Promise<Outcome> {
  const user = `invalid-${i}`;
  const token = await e.server.tokenFor(user);
  const rendered = configOf(k);
  const attr = attributeOf(k);
  const full = `${ADDRESS[k.part]}.${attr}`;
  const parent = full.replace(/(\.[^.[]+|\[\d+\])$/, "");
  const ws = e.ws.fork({ api: { url: e.server.url, token }, files: { "main.tf": rendered.text } });
  try {
    let stage: Outcome["stage"] = "validate";
    let run = await ws.tf(["validate", "-json", "-no-color"]);
    let diagnostics = diagnosticsOf(run.stdout).filter((d) => d.severity === "error");
    if (run.code === 0 && diagnostics.length === 0) {
      stage = "plan";
      run = await ws.tf(["plan", "-json", "-input=false", "-no-color"]);
      diagnostics = diagnosticsOf(run.stdout).filter((d) => d.severity === "error");
      if (run.code === 0 && diagnostics.length === 0) stage = "none";
    }
    return { stage, run, diagnostics, requests: await e.server.requests(user), line: rendered.lines.get(full), parentLine: rendered.lines.get(parent) };
  } finally {
    ws.remove();
  }
}

/**
 * True when the diagnostic names the attribute: its text carries the attribute path (the full path, or a
 * suffix of at least two steps such as `document_types[0].country`), or terraform placed its range on the
 * attribute's own line (terraform resolves top-level attribute paths to source lines, not nested ones).
 * An attribute missing from the configuration is named when the diagnostic quotes it and covers its parent.
 */
function namesAttribute(d: Diagnostic, attr: string, line: number | undefined, parentLine: number | undefined): boolean {
  const text = `${d.summary}\n${d.detail ?? ""}`;
  const steps = attr.split(".");
  for (let i = 0; i <= steps.length - Math.min(2, steps.length); i++) {
    const suffix = steps.slice(i).join(".");
    if (text.includes(suffix) || text.includes(suffix.replace(/\[\d+\]/g, ""))) return true;
  }
  const r = d.range;
  if (!r) return false;
  if (line !== undefined) return r.start.line === line;
  const leaf = (steps[steps.length - 1] as string).replace(/\[\d+\]/g, "");
  return parentLine !== undefined && text.includes(`"${leaf}"`) && r.start.line <= parentLine && parentLine <= r.end.line;
}

const outcomes = new Map<number, Outcome>();

beforeAll(async () => {
  for (let start = 0; start < INVALID_CASES.length; start += 4) {
    const batch = INVALID_CASES.slice(start, start + 4);
    const results = await Promise.all(batch.map((k, j) => runCase(k, start + j)));
    results.forEach((r, j) => outcomes.set(start + j, r));
  }
}, 600_000);

test("there are at least 40 invalid configurations", () => {
  expect(INVALID_CASES.length).toBeGreaterThanOrEqual(40);
});

test.each(INVALID_CASES.map((k, i) => [k.title, i] as const))("%s: fails naming the attribute, with no API request", (_title, i) => {
  const k = INVALID_CASES[i];
  const o = outcomes.get(i);
  if (!o) throw new Error("case did not run");
  const attr = attributeOf(k);
  const report = `${ADDRESS[k.part]}.${attr} (stage ${o.stage}, exit ${o.run.code})\n${formatDiagnostics(o.diagnostics)}\n${o.run.stderr.slice(-2000)}`;
  if (o.stage === "none") throw new Error(`the invalid configuration was accepted by validate and plan: ${report}`);
  expect(o.run.code).not.toBe(0);
  if (!o.diagnostics.some((d) => namesAttribute(d, attr, o.line, o.parentLine)))
    throw new Error(`no diagnostic names ${attr}: ${report}`);
  expect(o.requests).toEqual([]);
});

test("the whole file sent no request to the API", async () => {
  expect(await e.server.requests()).toEqual([]);
});
