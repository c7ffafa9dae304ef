/**
 * `smartenroll review` end to end: real terraform plans of small HCL projects applied to the local server, read
 * through `--plan-json` (every rule, triggered and not, in one batch) and `--dir` (the seed's complete project).
 */
import { FIELD_RULES, VERIFICATION_RULES } from "../../src/model/risk";
import { ref, resource, type HclTopBlock } from "../support/hcl";
import type { Workspace } from "../support/terraform";
import { useE2E } from "../provider/e2e/fixtures/e2e";
import { COMPLETE_FLOW, COMPLETE_STACK, mainTf, stackBlocks, withPath } from "../provider/e2e/fixtures/seed";
import type { Report } from "../../src/gitops/report";
import { reportSchema } from "../../src/gitops/report-schema";
import { reportOf, rulesOf, smartenroll, withoutIds } from "./cli";
import { ruleCases, WEBHOOK_CASES, WEBHOOK_IDS } from "./fixtures/rule-cases";

const e = useE2E();
const nameOf = (i: number) => `Rule ${i}`;
const cases = ruleCases();
let report: Report;
let hooks: string[];
let adopted: string;
const IMPORTED = { ...COMPLETE_STACK.project, name: "Adopted by import", contact_email: "kyc-team@example.com" };

function config(side: "base" | "changed"): string {
  const blocks: HclTopBlock[] = [];
  cases.forEach((c, i) => {
    const spec = c[side];
    if (spec) blocks.push(...stackBlocks(`r${i}`, { ...spec, project: { ...spec.project, name: nameOf(i) } }));
  });
  WEBHOOK_CASES.forEach((w, i) => blocks.push(resource("smartenroll_webhook", `w${i}`, { name: w.name, url: w[side] })));
  if (side === "changed") blocks.push({ kind: "import", body: { to: ref("smartenroll_project.adopted"), id: adopted } }, resource("smartenroll_project", "adopted", IMPORTED));
  return WEBHOOK_IDS.reduce((text, stand, i) => text.replaceAll(stand, hooks[i]), mainTf(blocks).text);
}

async function webhook(name: string): Promise<string> {
  const r = await e.server.api("POST", "/v2/webhooks", { name, url: `https://hooks.example.com/${name}`, isActive: true });
  if (r.status >= 300) throw new Error(`creating webhook ${name}: ${r.status} ${JSON.stringify(r.body)}`);
  return (r.body as { data: { _id: string } }).data._id;
}

beforeAll(async () => {
  hooks = [await webhook("first"), await webhook("second")];
  const made = await e.server.api("POST", "/v3/projects", {
    name: "Adopted by import",
    allowedCountries: ["United States", "Canada"],
    contactEmail: "compliance@example.com",
    privacyUrl: "https://example.com/privacy",
    termsAndConditionsUrl: "https://example.com/terms",
    target: "personal",
    dataProtection: { name: "Jane Smith", email: "dpo@example.com", address: "123 Business Plaza", city: "New York", country: "United States", postalCode: "10001" },
  });
  adopted = (made.body as { data: { _id: string } }).data._id;
  e.ws.write({ "main.tf": config("base") });
  await e.ws.apply(["-parallelism=20"]);
  e.ws.write({ "main.tf": config("changed") });
  await e.ws.tfOk(["plan", "-input=false", "-no-color", "-parallelism=20", "-out=review.tfplan"]);
  e.ws.write({ "plan.json": (await e.ws.tfOk(["show", "-json", "-no-color", "review.tfplan"])).stdout });
  const r = await smartenroll(["review", "--plan-json", "plan.json", "--format", "json"], e.ws);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
  report = reportOf(r);
}, 300_000);

describe("every rule, from a real plan", () => {
  test.each(cases.map((c, i) => [c.title, c.rules.join(", ") || "nothing", i] as const))("%s trips %s", (_t, _r, i) => {
    expect(rulesOf(report, nameOf(i))).toEqual([...cases[i].rules].sort());
  });

  test.each(WEBHOOK_CASES.map((w) => [w.title, w.rules.join(", ") || "nothing", w] as const))("%s trips %s", (_t, _r, w) => {
    expect(rulesOf(report, `webhook ${w.name}`)).toEqual([...w.rules]);
  });

  test("the cases cover every rule and a non-tripping change of its field", () => {
    const tripped = new Set([...cases, ...WEBHOOK_CASES].flatMap((c) => c.rules));
    const all = new Set([...FIELD_RULES.map((r) => r.id), ...Object.keys(VERIFICATION_RULES), "active-project-removed", "project-removed"]);
    expect([...all].filter((id) => !tripped.has(id))).toEqual([]);
    expect(cases.filter((c) => c.rules.length === 0).map((c) => c.title)).toEqual(expect.arrayContaining(["every guarded field strengthened", "new flow at recommended scores"]));
  });

  test("what a project verifies is judged on a create: an active flow with no verification step is high", () => {
    const i = cases.findIndex((c) => c.title === "new active flow that verifies no one");
    const p = report.projects.find((x) => x.name === nameOf(i))!;
    expect(p.changes.map((c) => c.action)).toEqual(["create", "create"]);
    expect(p.findings.map((f) => [f.level, f.rule, f.reason])).toEqual([
      ["high", "verifies-no-one", 'status "active" with steps.document "skip" and steps.liveness "skip": the project verifies no one (enrollees finish without a document or a selfie)'],
      ["medium", "go-live", 'status (new) → "active": the project goes live and accepts enrollees'],
    ]);
  });

  test("both steps optional is medium; a finding about a skipped step's setting is latent (low, saying the step is off); settings of a skipped step are noted", () => {
    const levels = (title: string) => report.projects.find((x) => x.name === nameOf(cases.findIndex((c) => c.title === title)))!.findings.map((f) => [f.level, f.rule]);
    expect(levels("active flow whose steps become both optional")).toContainEqual(["medium", "verification-optional"]);
    const latent = report.projects.find((x) => x.name === nameOf(cases.findIndex((c) => c.title.includes("(latent)"))))!.findings;
    expect(latent.map((f) => [f.level, f.reason])).toEqual([
      ["low", 'liveness.minScore lowered 0.65 → 0.55, below the recommended 0.65: more spoofed selfies pass the liveness check (latent: steps.liveness is "skip", so the liveness step is off)'],
    ]);
    expect(levels("new flow with liveness settings but the liveness step skipped")).toEqual([["low", "skipped-step-configured"]]);
  });

  test("an import block: the project is imported, and its config change shows as import + update", () => {
    const p = report.projects.find((x) => x.name === "Adopted by import")!;
    expect({ id: p.id, changes: p.changes }).toEqual({
      id: adopted,
      changes: [
        {
          address: "smartenroll_project.adopted",
          resource: "project",
          action: "import",
          importing: true,
          attributes: [{ path: "contactEmail", before: "compliance@example.com", after: "kyc-team@example.com" }],
        },
      ],
    });
  });

  test("the JSON matches the documented schema", () => {
    expect(reportSchema("review").safeParse(report).error?.issues ?? []).toEqual([]);
  });

  test("each finding names its level, rule and a one-line reason; projects carry name and id", () => {
    const p = report.projects.find((x) => x.name === nameOf(0))!;
    expect(p.id).toMatch(/^[0-9a-f]{24}$/);
    expect(p.findings).toEqual([
      {
        level: "high",
        rule: "liveness-min-score-lowered",
        field: "liveness.minScore",
        address: "smartenroll_project_flow.r0",
        reason: "liveness.minScore lowered 0.65 → 0.55, below the recommended 0.65: more spoofed selfies pass the liveness check",
      },
    ]);
    expect(p.changes).toEqual([{ address: "smartenroll_project_flow.r0", resource: "flow", action: "update", attributes: [{ path: "liveness.minScore", before: 0.65, after: 0.55 }] }]);
  });
});

describe("the seed's complete project: min_score 0.65 → 0.55, document step optional, activation", () => {
  let ws: Workspace;
  const changed = () => {
    let flow = withPath(COMPLETE_FLOW, "liveness.min_score", 0.55);
    flow = withPath(flow, "steps.document", "optional");
    return mainTf(stackBlocks("na", { ...COMPLETE_STACK, flow: withPath(flow, "status", "active") })).text;
  };
  beforeAll(async () => {
    ws = e.ws.fork({ files: { "main.tf": mainTf(stackBlocks("na", COMPLETE_STACK)).text }, api: { url: e.server.url, token: e.server.token } });
    await ws.apply();
    ws.write({ "main.tf": changed() });
  }, 120_000);

  test("review --dir --format json has exactly those three findings, and --fail-on high exits 3", async () => {
    const r = await smartenroll(["review", "--dir", ws.dir, "--format", "json", "--fail-on", "high"], ws);
    expect(r.code).toBe(3);
    const p = reportOf(r).projects;
    expect(p.map((x) => x.name)).toEqual(["Customer Onboarding - North America"]);
    expect(p[0].findings.map((f) => [f.level, f.rule])).toEqual([
      ["high", "liveness-min-score-lowered"],
      ["high", "document-step-weakened"],
      ["medium", "go-live"],
    ]);
  });

  test("review --format markdown (pinned)", async () => {
    const r = await smartenroll(["review", "--dir", ws.dir, "--format", "markdown", "--fail-on", "medium"], ws);
    expect(r.code).toBe(3);
    expect(withoutIds(r.stdout)).toMatchSnapshot();
  });

  test("a plan with no changes: no projects, and --fail-on low exits 0", async () => {
    ws.write({ "main.tf": mainTf(stackBlocks("na", COMPLETE_STACK)).text });
    const r = await smartenroll(["review", "--dir", ws.dir, "--format", "text", "--fail-on", "low"], ws);
    expect({ code: r.code, out: r.stdout }).toEqual({ code: 0, out: "No SmartEnroll changes.\n" });
  });
});
