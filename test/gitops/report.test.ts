/** Report building on hand-made plan JSON: grouping across modules and unmanaged projects, escaping, thresholds. */
import { groupByProject } from "../../src/gitops/group-by-project";
import type { PlanJson, ResourceChangeJson } from "../../src/gitops/plan-json";
import { MARKDOWN_LIMIT, renderMarkdown } from "../../src/gitops/render-markdown";
import { buildReport, hasFindingAtOrAbove } from "../../src/gitops/report";

const change = (address: string, type: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, actions: string[]): ResourceChangeJson => ({
  address,
  mode: "managed",
  type,
  name: address.split(".").pop()!,
  change: { actions, before, after, after_unknown: {} },
});

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
      change("module.kyc.smartenroll_project_flow.f", "smartenroll_project_flow", null, { status: "active", liveness: { min_score: 0.6 } }, ["create"]),
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
    change(`smartenroll_project_flow.f${i}`, "smartenroll_project_flow", { project_id: `p${i}`, liveness: { min_score: 0.7, search_min_score: 0.9 }, documents: { attempt_limit: 2 } }, { project_id: `p${i}`, liveness: { min_score: 0.6, search_min_score: 0.85 }, documents: { attempt_limit: 4 } }, ["update"]),
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
