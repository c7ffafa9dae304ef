/**
 * Smoke test through the real terraform CLI: the examples (the seed's complete example) go from nothing to
 * active, plan clean, feed the data sources, and destroy leaves the server empty.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { line, writes } from "../support/server";
import { REQUIRED_PROVIDERS, ROOT } from "../support/terraform";
import { expectCleanPlan, useE2E } from "./e2e/fixtures/e2e";

const e = useE2E();
const example = (p: string) => readFileSync(path.join(ROOT, "examples", p), "utf8");
/** The branding example without its own project: it attaches to the flow example's project. */
const branding = () => example("resources/smartenroll_project_branding/resource.tf").replace(/^resource "smartenroll_project" "example" \{[\s\S]*?\n\}\n/m, "");

describe("examples from nothing to active and back", () => {
  const main = () => [REQUIRED_PROVIDERS, example("resources/smartenroll_project_flow/resource.tf"), branding()].join("\n");

  test("apply creates, configures, then activates; the next plan is empty", async () => {
    await e.server.clearRequests();
    e.ws.write({ "main.tf": main() });
    await e.ws.apply();
    const w = writes(await e.server.requests()).map(line);
    expect(w[0]).toBe("POST /v3/projects");
    const [project] = await e.server.listProjects();
    expect(project.status).toBe("active");
    expect(project.branding.buttonColor).toBe("#2563eb");
    await expectCleanPlan(e.ws);
  }, 180_000);

  test("the data source examples find the project", async () => {
    e.ws.write({
      "data.tf": [example("data-sources/smartenroll_project/data-source.tf"), example("data-sources/smartenroll_projects/data-source.tf").replace('"onboarding"', '"north america"')].join("\n"),
    });
    await e.ws.apply();
    const out = JSON.parse((await e.ws.tfOk(["output", "-json"])).stdout);
    expect(out.project_status.value).toBe("active");
    const [project] = await e.server.listProjects();
    expect(out.active_project_ids.value).toEqual([project._id]);
    e.ws.write({ "data.tf": null });
  }, 180_000);

  test("destroy pauses the active project, then deletes everything", async () => {
    await e.server.clearRequests();
    await e.ws.destroy();
    const w = writes(await e.server.requests()).map(line);
    const del = w.findIndex((l) => l.startsWith("DELETE /v3/projects/"));
    expect(del).toBe(w.length - 1);
    expect(w.slice(0, del).some((l) => l.startsWith("PUT /v3/projects/"))).toBe(true);
    expect(await e.server.listProjects()).toEqual([]);
  }, 180_000);
});
