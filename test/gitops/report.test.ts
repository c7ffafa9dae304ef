/** Report building on hand-made plan JSON: grouping across modules and unmanaged projects, escaping, thresholds. */
import { groupByProject } from "../../src/gitops/group-by-project";
import type { PlanJson, ResourceChangeJson } from "../../src/gitops/plan-json";
import { MARKDOWN_LIMIT, renderMarkdown } from "../../src/gitops/render-markdown";
import { buildReport, hasFindingAtOrAbove } from "../../src/gitops/report";
import { resourceChange as change } from "./fixtures/resource-change";

/** Both verification steps on, so the field rules are judged at their own levels (not latent). */
const BOTH = { document: "mandatory", liveness: "mandatory" };

test("a flow in a module joins its project through the module's project_id reference, even before the project exists", () => {
  const plan: PlanJson = {
    format_version: "1.2",
    configuration: {
      root_module: {
        module_calls: { kyc: { module: { resources: [{ address: "smartenroll_project_flow.f", expressions: { project_id: { references: ["smartenroll_project.p.id", "smartenroll_project.p"] } } }] } } },
      },
    },
    resource_changes: [
      change("module.kyc.smartenroll_project.p", "smartenroll_project", null, { name: "EU <beta>" }, ["create"]),
      change("module.kyc.smartenroll_project_flow.f", "smartenroll_project_flow", null, { status: "active", steps: BOTH, liveness: { min_score: 0.6 } }, ["create"]),
    ],
  };
  const r = buildReport("review", groupByProject(plan, plan.resource_changes!));
  expect(r.projects.map((p) => [p.name, p.changes.map((c) => c.address)])).toEqual([["EU <beta>", ["module.kyc.smartenroll_project.p", "module.kyc.smartenroll_project_flow.f"]]]);
  expect(r.projects[0].findings.map((f) => f.rule)).toEqual(["liveness-min-score-below-recommended", "go-live"]);
  const md = renderMarkdown(r);
  expect(md).toContain("<summary><b>EU &lt;beta&gt;</b>: 2 medium</summary>");
  expect(md).toContain("| EU &lt;beta&gt; |  | project create, flow create | 2 medium |");
  expect(hasFindingAtOrAbove(r, "high")).toBe(false);
  expect(hasFindingAtOrAbove(r, "medium")).toBe(true);
});

test("a flow of a project this configuration does not manage is grouped by the project id; table cells escape pipes", () => {
  const id = "64a1b2c3d4e5f67890123456";
  const plan: PlanJson = {
    format_version: "1.2",
    resource_changes: [
      change("smartenroll_project_flow.x", "smartenroll_project_flow", { project_id: id, integrations: { redirect_url: "https://a.example.com/|x" } }, { project_id: id, integrations: { redirect_url: "https://b.example.com/|x" } }, ["update"]),
    ],
  };
  const r = buildReport("review", groupByProject(plan, plan.resource_changes!));
  expect(r.projects.map((p) => [p.name, p.id, p.address])).toEqual([[null, id, null]]);
  const md = renderMarkdown(r);
  expect(md).toContain(`| project ${id} | \`${id}\` | flow update | 1 high |`);
  expect(md).toContain('| `integrations.redirectUrl` | `"https://a.example.com/\\|x"` | `"https://b.example.com/\\|x"` |');
});

test.each([
  [85, "attribute tables left out"],
  [400, "sections cut too"],
])("markdown longer than a PR comment allows (%i projects: %s) stays under the limit, saying what was left out", (n, what) => {
  const changes = Array.from({ length: n }, (_, i) =>
    change(
      `smartenroll_project_flow.f${i}`,
      "smartenroll_project_flow",
      { project_id: `p${i}`, steps: BOTH, liveness: { min_score: 0.7, search_min_score: 0.9 }, documents: { attempt_limit: 2 } },
      { project_id: `p${i}`, steps: BOTH, liveness: { min_score: 0.6, search_min_score: 0.85 }, documents: { attempt_limit: 4 } },
      ["update"],
    ),
  );
  const md = renderMarkdown(buildReport("review", groupByProject({ format_version: "1.2", resource_changes: changes }, changes)));
  expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
  const sections = md.match(/<details/g)!.length;
  expect(md.match(/^\| project p\d+ \|/gm)).toHaveLength(n);
  expect(md).not.toContain("| attribute |");
  expect(md).toContain("_Attribute tables left out to fit a comment");
  if (what === "sections cut too") expect(md).toContain(`_${n - sections} more project sections left out`);
  else expect(sections).toBe(n);
});

describe("drift labels", () => {
  const id = "64a1b2c3d4e5f67890123456";
  const drifted = (before: Record<string, unknown>, after: Record<string, unknown>) => change("smartenroll_project_flow.f", "smartenroll_project_flow", { project_id: id, ...before }, { project_id: id, ...after }, ["update"]);
  const report = (drift: ResourceChangeJson[], planned?: ResourceChangeJson[]) =>
    buildReport("drift", groupByProject({ format_version: "1.2", resource_drift: drift }, drift), planned ? { changes: new Map(planned.map((c) => [c.address, c])) } : { missing: "unknown: the configuration does not plan" });

  test("the normal plan says per attribute: restored to the configured value, kept (not managed), or known only after apply", () => {
    const drift = [drifted({ liveness: { min_score: 0.65, attempt_limit: 3 }, version: 3 }, { liveness: { min_score: 0.52, attempt_limit: 5 }, version: 4 })];
    const planned = { ...drifted({}, { liveness: { min_score: 0.65, attempt_limit: 5 }, version: null }), change: { actions: ["update"], before: null, after: { project_id: id, liveness: { min_score: 0.65, attempt_limit: 5 }, version: null }, after_unknown: { version: true } } };
    const [c] = report(drift, [planned]).projects[0].changes;
    expect(c.attributes).toEqual([
      { path: "liveness.minScore", recorded: 0.65, live: 0.52, deploy: { action: "restores", value: 0.65 } },
      { path: "liveness.attemptLimit", recorded: 3, live: 5, deploy: { action: "keeps", value: 5 } },
      { path: "version", recorded: 3, live: 4, deploy: { action: "unknown", reason: "known only after apply" } },
    ]);
  });

  test("without a plan the labels say why they are unknown; the text report shows every label", async () => {
    const r = report([drifted({ status: "active" }, { status: "paused" })]);
    expect(r.projects[0].changes[0].attributes).toEqual([{ path: "status", recorded: "active", live: "paused", deploy: { action: "unknown", reason: "unknown: the configuration does not plan" } }]);
    const { renderText } = await import("../../src/gitops/render-text");
    expect(renderText(r)).toContain('      status: "active" → "paused" (deploy: unknown: the configuration does not plan)');
  });

  test("account_id and endpoint filled in for the first time (after an upgrade) are not drift", () => {
    const r = report([drifted({ account_id: null, endpoint: null, status: "draft" }, { account_id: "u1", endpoint: "http://127.0.0.1:8080", status: "draft" })], []);
    expect(r).toEqual({ kind: "drift", version: 1, projects: [], summary: { projects: 0, changes: {}, findings: { high: 0, medium: 0, low: 0 } } });
  });
});
