/** The reports' headline: every count says what it counts (projects, resources, attributes, findings), singular or plural. */
import { groupByProject } from "../../src/gitops/group-by-project";
import type { ResourceChangeJson } from "../../src/gitops/plan-json";
import { headline } from "../../src/gitops/render-shared";
import { buildReport, type Report } from "../../src/gitops/report";
import { resourceChange as change } from "./fixtures/resource-change";

const report = (kind: Report["kind"], changes: ResourceChangeJson[]) => buildReport(kind, groupByProject({ format_version: "1.2", resource_changes: changes }, changes));

/** A flow whose verification steps are both on, so the review rules judge its settings. */
const flow = (p: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, actions: string[]) => {
  const steps = { document: "mandatory", liveness: "mandatory" };
  return change(`smartenroll_project_flow.${p}`, "smartenroll_project_flow", before && { project_id: p, steps, ...before }, after && { project_id: p, steps, ...after }, actions);
};
const branding = (p: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, actions: string[]) =>
  change(`smartenroll_project_branding.${p}`, "smartenroll_project_branding", before && { project_id: p, ...before }, after && { project_id: p, ...after }, actions);

test("review: one project, one resource to update, its attributes", () => {
  const r = report("review", [flow("a", { liveness: { min_score: 0.65, search_mode: "ACCURATE" } }, { liveness: { min_score: 0.7, search_mode: "FAST" } }, ["update"])]);
  expect(headline(r)).toBe("1 project changed: 1 resource to update (2 attributes); findings: 1 medium.");
});

test("review: projects and resources per action, plural where more than one", () => {
  const r = report("review", [
    flow("a", { liveness: { min_score: 0.65 } }, { liveness: { min_score: 0.7 } }, ["update"]),
    branding("a", { button_color: "#000000" }, { button_color: "#111111" }, ["update"]),
    branding("b", { button_color: "#000000" }, { button_color: "#222222" }, ["update"]),
    branding("c", { button_color: "#000000" }, null, ["delete"]),
  ]);
  expect(headline(r)).toBe("3 projects changed: 3 resources to update, 1 resource to destroy (3 attributes); no findings.");
});

test("drift: resources changed or deleted outside Terraform, and the attributes listed under them", () => {
  const r = report("drift", [
    flow("a", { documents: { attempt_limit: 3 }, liveness: { min_score: 0.65 } }, { documents: { attempt_limit: 5 }, liveness: { min_score: 0.6 } }, ["update"]),
    branding("a", { button_color: "#2563eb" }, { button_color: "#ff00ff" }, ["update"]),
    branding("b", { button_color: "#2563eb" }, null, ["delete"]),
  ]);
  expect(headline(r)).toBe("Drift in 2 projects outside Terraform: 2 resources changed, 1 resource deleted (3 attributes); findings: 1 high, 1 medium.");
  const one = report("drift", [branding("a", { button_color: "#2563eb" }, { button_color: "#ff00ff" }, ["update"])]);
  expect(headline(one)).toBe("Drift in 1 project outside Terraform: 1 resource changed (1 attribute); no findings.");
});
