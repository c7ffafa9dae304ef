/**
 * `smartenroll drift` end to end: projects applied with real terraform, then edited through the API by hand; the
 * report names each project, each attribute (recorded → live) with what deploy does to it ("deploy restores 0.65",
 * or "not managed: deploy keeps …" where the configuration ignores it), deletions, and flags weakening edits.
 */
import { reportSchema } from "../../src/gitops/report-schema";
import type { Report } from "../../src/gitops/report";
import { stateResources } from "../support/plan";
import type { TestServer } from "../support/server";
import { useE2E } from "../provider/e2e/fixtures/e2e";
import { block, ref } from "../support/hcl";
import { COMPLETE_STACK, mainTf, stackBlocks } from "../provider/e2e/fixtures/seed";
import { reportOf, rulesOf, smartenroll } from "./cli";

const e = useE2E();
const STACKS = ["renamed", "lowered", "rebranded", "deleted", "paused", "ignored", "latent", "untouched"] as const;
type Ids = { project: string; flow: string };
const EDITS: Record<(typeof STACKS)[number], (s: TestServer, ids: Ids) => Promise<{ status: number }>> = {
  renamed: (s, i) => s.api("PUT", `/v3/projects/${i.project}`, { name: "Drift renamed by hand", dataProtection: { email: "someone@example.com" } }),
  lowered: (s, i) => s.api("PUT", `/v3/project-flows/${i.flow}`, { liveness: { minScore: 0.55 }, steps: { document: "optional" } }),
  rebranded: (s, i) => s.api("PUT", `/v3/projects/${i.project}`, { branding: { buttonColor: "#ff00ff" } }),
  deleted: (s, i) => s.api("DELETE", `/v3/projects/${i.project}`),
  paused: (s, i) => s.api("PUT", `/v3/projects/${i.project}`, { status: "paused", projectFlow: { status: "paused" } }),
  ignored: (s, i) => s.api("PUT", `/v3/project-flows/${i.flow}`, { liveness: { attemptLimit: 5 } }),
  latent: (s, i) => s.api("PUT", `/v3/project-flows/${i.flow}`, { liveness: { minScore: 0.55 } }),
  untouched: async () => ({ status: 200 }),
};
const byName = (r: Report, name: string) => r.projects.find((p) => p.name === name);

beforeAll(async () => {
  const blocks = STACKS.flatMap((n) =>
    stackBlocks(n, {
      ...COMPLETE_STACK,
      project: { ...COMPLETE_STACK.project, name: `Drift ${n}` },
      flow: {
        ...(COMPLETE_STACK.flow as object),
        status: n === "paused" ? "active" : "draft",
        ...(n === "ignored" ? { lifecycle: block({ ignore_changes: [ref("liveness")] }) } : {}),
        ...(n === "latent" ? { steps: { document: "mandatory", liveness: "skip" } } : {}),
      },
    }),
  );
  e.ws.write({ "main.tf": mainTf(blocks).text });
  await e.ws.apply(["-parallelism=20"]);
}, 180_000);

test("no drift right after apply: exit 0 and an empty report", async () => {
  const r = await smartenroll(["drift", "--dir", e.ws.dir, "--format", "json"], e.ws);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
  expect(reportOf(r)).toEqual({ kind: "drift", version: 1, projects: [], summary: { projects: 0, changes: {}, findings: { high: 0, medium: 0, low: 0 } } });
});

describe("after edits by hand", () => {
  let report: Report;
  beforeAll(async () => {
    const state = stateResources(await e.ws.stateJson());
    for (const n of STACKS) {
      const ids = { project: state.get(`smartenroll_project.${n}`)!.id as string, flow: state.get(`smartenroll_project_flow.${n}`)!.id as string };
      const r = await EDITS[n](e.server, ids);
      if (r.status >= 300) throw new Error(`edit of ${n} failed: ${r.status}`);
    }
    const r = await smartenroll(["drift", "--dir", e.ws.dir, "--format", "json"], e.ws);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: "" });
    report = reportOf(r);
  }, 120_000);

  test("the JSON matches the documented schema", () => {
    expect(reportSchema("drift").safeParse(report).error?.issues ?? []).toEqual([]);
    expect(report.projects.map((p) => p.name).sort()).toEqual(["Drift deleted", "Drift ignored", "Drift latent", "Drift lowered", "Drift paused", "Drift rebranded", "Drift renamed by hand"]);
  });

  test("project section: each attribute recorded → live, under the project's live name and id", () => {
    const p = byName(report, "Drift renamed by hand")!;
    expect(p.id).toMatch(/^[0-9a-f]{24}$/);
    expect(p.changes).toEqual([
      {
        address: "smartenroll_project.renamed",
        resource: "project",
        action: "changed",
        attributes: [
          { path: "dataProtection.email", recorded: "dpo@example.com", live: "someone@example.com", deploy: { action: "restores", value: "dpo@example.com" } },
          { path: "name", recorded: "Drift renamed", live: "Drift renamed by hand", deploy: { action: "restores", value: "Drift renamed" } },
        ],
      },
    ]);
    expect(rulesOf(report, "Drift renamed by hand")).toEqual(["data-protection-contact-changed"]);
  });

  test("a threshold lowered by hand is flagged high, with the step made optional", () => {
    const p = byName(report, "Drift lowered")!;
    expect(p.changes.map((c) => [c.address, c.attributes])).toEqual([
      [
        "smartenroll_project_flow.lowered",
        [
          { path: "liveness.minScore", recorded: 0.65, live: 0.55, deploy: { action: "restores", value: 0.65 } },
          { path: "steps.document", recorded: "mandatory", live: "optional", deploy: { action: "restores", value: "mandatory" } },
        ],
      ],
    ]);
    expect(p.findings.map((f) => [f.level, f.rule])).toEqual([
      ["high", "liveness-min-score-lowered"],
      ["high", "document-step-weakened"],
    ]);
  });

  test("branding and the lifecycle: recorded → live; a pause by hand is a low finding", () => {
    expect(byName(report, "Drift rebranded")!.changes).toEqual([
      {
        address: "smartenroll_project_branding.rebranded",
        resource: "branding",
        action: "changed",
        attributes: [{ path: "buttonColor", recorded: "#2563eb", live: "#ff00ff", deploy: { action: "restores", value: "#2563eb" } }],
      },
    ]);
    const paused = byName(report, "Drift paused")!;
    expect(paused.changes.map((c) => [c.address, c.attributes])).toEqual([
      ["smartenroll_project_flow.paused", [{ path: "status", recorded: "active", live: "paused", deploy: { action: "restores", value: "active" } }]],
    ]);
    expect(rulesOf(report, "Drift paused")).toEqual(["paused"]);
  });

  test("a threshold lowered by hand while its step is skipped is latent: low, saying the step is off", () => {
    expect(byName(report, "Drift latent")!.findings.map((f) => [f.level, f.rule, f.reason])).toEqual([
      ["low", "liveness-min-score-lowered", 'liveness.minScore lowered 0.65 → 0.55, below the recommended 0.65: more spoofed selfies pass the liveness check (latent: steps.liveness is "skip", so the liveness step is off)'],
    ]);
  });

  test("a setting the configuration ignores (lifecycle ignore_changes): not managed, deploy keeps the live value", () => {
    expect(byName(report, "Drift ignored")!.changes.map((c) => [c.address, c.attributes])).toEqual([
      ["smartenroll_project_flow.ignored", [{ path: "liveness.attemptLimit", recorded: 3, live: 5, deploy: { action: "keeps", value: 5 } }]],
    ]);
  });

  test("a project deleted by hand: its three resources deleted outside Terraform, and deploy creates them again", () => {
    const p = byName(report, "Drift deleted")!;
    expect(p.changes.map((c) => [c.address, c.action, c.deploy]).sort()).toEqual([
      ["smartenroll_project.deleted", "deleted", "creates"],
      ["smartenroll_project_branding.deleted", "deleted", "creates"],
      ["smartenroll_project_flow.deleted", "deleted", "creates"],
    ]);
    expect(rulesOf(report, "Drift deleted")).toEqual(["project-removed"]);
  });

  test("--format markdown and text say the same", async () => {
    const md = await smartenroll(["drift", "--dir", e.ws.dir, "--format", "markdown", "--json-out", "drift.json"], e.ws);
    expect(md.code).toBe(2);
    expect(JSON.parse(e.ws.read("drift.json")!)).toEqual(report);
    expect(md.stdout).toContain("### SmartEnroll drift");
    expect(md.stdout).toContain("| `liveness.minScore` | `0.65` | `0.55` | deploy restores 0.65 |");
    expect(md.stdout).toContain("| `liveness.attemptLimit` | `3` | `5` | not managed: deploy keeps 5 |");
    expect(md.stdout).toContain("| attribute | recorded | live | deploy |");
    const text = await smartenroll(["drift", "--dir", e.ws.dir], e.ws);
    expect(text.code).toBe(2);
    const attributes = report.projects.flatMap((p) => p.changes.flatMap((c) => c.attributes)).length;
    expect(text.stdout.split("\n")[0]).toBe(`Drift in 7 projects outside Terraform: 3 resources deleted, 6 resources changed (${attributes} attributes); findings: 2 high, 3 medium, 2 low.`);
    expect(text.stdout).toContain("      liveness.minScore: 0.65 → 0.55 (deploy restores 0.65)");
    expect(text.stdout).toContain("      liveness.attemptLimit: 3 → 5 (not managed: deploy keeps 5)");
    expect(text.stdout).toContain("  smartenroll_project.deleted: project deleted (deploy creates it again)");
  });
});

describe("errors and usage", () => {
  test("an empty state is an error that says so (exit 1), never drift", async () => {
    const empty = e.ws.fork({ files: { "main.tf": mainTf(stackBlocks("x", COMPLETE_STACK)).text }, api: { url: e.server.url, token: e.server.token } });
    const r = await smartenroll(["drift", "--dir", empty.dir, "--format", "json"], empty);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 1, stdout: "" });
    expect(r.stderr).toMatch(/the Terraform state of .* is empty or missing: nothing has been applied here/);
  });

  test("when the configuration does not plan (a draft flow activated by hand), drift is still reported, labelled unknown, and stderr says why", async () => {
    const ws = e.ws.fork({ files: { "main.tf": mainTf(stackBlocks("act", { ...COMPLETE_STACK, project: { ...COMPLETE_STACK.project, name: "Drift activated" } })).text }, api: { url: e.server.url, token: e.server.token } });
    await ws.apply();
    const project = stateResources(await ws.stateJson()).get("smartenroll_project.act")!.id as string;
    expect((await e.server.api("PUT", `/v3/projects/${project}`, { status: "active", projectFlow: { status: "active" } })).status).toBe(200);
    const r = await smartenroll(["drift", "--dir", ws.dir, "--format", "json"], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^smartenroll drift: the configuration does not plan \(Error: Status Cannot Return To Draft\), so what deploy would do is unknown; reporting the drift from a refresh-only plan\n$/);
    expect(reportOf(r).projects[0].changes.map((c) => [c.address, c.attributes])).toEqual([
      [
        "smartenroll_project_flow.act",
        [{ path: "status", recorded: "draft", live: "active", deploy: { action: "unknown", reason: "unknown, the configuration does not plan (Error: Status Cannot Return To Draft)" } }],
      ],
    ]);
  });

  test("--help works; unknown flags and bad values are errors", async () => {
    const help = await smartenroll(["drift", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--format <format>");
    const unknown = await smartenroll(["drift", "--frmat", "json"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("unknown option '--frmat'");
    const bad = await smartenroll(["review", "--fail-on", "critical", "--plan-json", "x"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Allowed choices are high, medium, low");
  });
});
