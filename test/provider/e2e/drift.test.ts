/**
 * Drift: each section edited out of band through the API shows in the next plan as an in-place update of exactly
 * the edited attribute; a project or flow deleted out of band is planned for creation again; one apply converges.
 */
import { type HclTopBlock } from "../../support/hcl";
import { changesOf, stateResources, type ChangeSummary } from "../../support/plan";
import type { TestServer } from "../../support/server";
import { expectCleanPlan, useE2E } from "./fixtures/e2e";
import { COMPLETE_STACK, mainTf, stackBlocks } from "./fixtures/seed";

const e = useE2E();

interface Ids {
  project: string;
  flow: string;
}

/** An out-of-band edit and what the plan must show for it. */
interface DriftCase {
  title: string;
  edit: (s: TestServer, ids: Ids) => Promise<unknown>;
  /** The stack's flow is configured `active` (the API never moves a project back to draft). */
  active?: boolean;
  /** address suffix (type) → expected change: changed attribute path, or "create". */
  expect: Partial<Record<"smartenroll_project" | "smartenroll_project_flow" | "smartenroll_project_branding", string>>;
}

const putProject = (s: TestServer, ids: Ids, body: unknown) => s.api("PUT", `/v3/projects/${ids.project}`, body);
const putFlow = (s: TestServer, ids: Ids, body: unknown) => s.api("PUT", `/v3/project-flows/${ids.flow}`, body);

const CASES: DriftCase[] = [
  { title: "project name", edit: (s, i) => putProject(s, i, { name: "Renamed by hand" }), expect: { smartenroll_project: "name" } },
  { title: "project allowed countries", edit: (s, i) => putProject(s, i, { allowedCountries: ["United States"] }), expect: { smartenroll_project: "allowed_countries" } },
  { title: "project contact email", edit: (s, i) => putProject(s, i, { contactEmail: "someone@example.com" }), expect: { smartenroll_project: "contact_email" } },
  { title: "project terms URL", edit: (s, i) => putProject(s, i, { termsAndConditionsUrl: "https://example.com/other-terms" }), expect: { smartenroll_project: "terms_and_conditions_url" } },
  { title: "data protection city", edit: (s, i) => putProject(s, i, { dataProtection: { city: "Boston" } }), expect: { smartenroll_project: "data_protection.city" } },
  { title: "sign-up form phone gateway", edit: (s, i) => putFlow(s, i, { signUpForm: { phoneGateway: "whatsapp" } }), expect: { smartenroll_project_flow: "sign_up_form.phone_gateway" } },
  { title: "documents attempt limit", edit: (s, i) => putFlow(s, i, { documents: { attemptLimit: 5 } }), expect: { smartenroll_project_flow: "documents.attempt_limit" } },
  { title: "liveness min score", edit: (s, i) => putFlow(s, i, { liveness: { minScore: 0.8 } }), expect: { smartenroll_project_flow: "liveness.min_score" } },
  { title: "steps liveness", edit: (s, i) => putFlow(s, i, { steps: { liveness: "optional" } }), expect: { smartenroll_project_flow: "steps.liveness" } },
  { title: "integrations redirect URL", edit: (s, i) => putFlow(s, i, { integrations: { redirectUrl: "https://evil.example.com/" } }), expect: { smartenroll_project_flow: "integrations.redirect_url" } },
  {
    title: "flow edited through the project endpoint",
    edit: (s, i) => putProject(s, i, { projectFlow: { target: "personal", type: "onboarding", documents: { screening: true } }, projectFlowType: "onboarding" }),
    expect: { smartenroll_project_flow: "documents.screening" },
  },
  {
    title: "active flow paused",
    active: true,
    edit: (s, i) => putProject(s, i, { status: "paused", projectFlow: { status: "paused" } }),
    expect: { smartenroll_project_flow: "status" },
  },
  { title: "branding button colour", edit: (s, i) => putProject(s, i, { branding: { buttonColor: "#ff00ff" } }), expect: { smartenroll_project_branding: "button_color" } },
  { title: "branding logo", edit: (s, i) => putProject(s, i, { branding: { logo: "https://example.com/other-logo.png" } }), expect: { smartenroll_project_branding: "logo" } },
  {
    title: "project deleted",
    edit: (s, i) => s.api("DELETE", `/v3/projects/${i.project}`),
    expect: { smartenroll_project: "create", smartenroll_project_flow: "create", smartenroll_project_branding: "create" },
  },
  { title: "flow deleted", edit: (s, i) => s.api("DELETE", `/v3/project-flows/${i.flow}`), expect: { smartenroll_project_flow: "create" } },
];

const TYPES = ["smartenroll_project", "smartenroll_project_flow", "smartenroll_project_branding"] as const;
let plan: Map<string, ChangeSummary>;
const editStatus: number[] = [];

beforeAll(async () => {
  const blocks: HclTopBlock[] = [];
  CASES.forEach((c, i) =>
    blocks.push(
      ...stackBlocks(`d${i}`, {
        project: { ...COMPLETE_STACK.project, name: `Drift ${i}` },
        flow: { ...(COMPLETE_STACK.flow as object), status: c.active ? "active" : "draft" },
        branding: COMPLETE_STACK.branding,
      }),
    ),
  );
  e.ws.write({ "main.tf": mainTf(blocks).text });
  await e.ws.apply(["-parallelism=20"]);
  const state = stateResources(await e.ws.stateJson());
  for (const [i, c] of CASES.entries()) {
    const ids = { project: state.get(`smartenroll_project.d${i}`)?.id as string, flow: state.get(`smartenroll_project_flow.d${i}`)?.id as string };
    const r = (await c.edit(e.server, ids)) as { status: number; body: unknown };
    editStatus[i] = r.status;
    if (r.status >= 300) throw new Error(`out-of-band edit "${c.title}" failed: ${r.status} ${JSON.stringify(r.body)}`);
  }
  plan = changesOf(await e.ws.planJson(["-parallelism=20"]));
}, 600_000);

describe.each(CASES.map((c, i) => [c.title, i] as const))("drift: %s", (_title, i) => {
  test("the plan shows exactly the out-of-band change", () => {
    const c = CASES[i];
    for (const t of TYPES) {
      const change = plan.get(`${t}.d${i}`);
      const want = c.expect[t];
      if (!change) throw new Error(`${t}.d${i} missing from the plan`);
      if (want === undefined) expect({ address: change.address, actions: change.actions }).toEqual({ address: change.address, actions: ["no-op"] });
      else if (want === "create") expect({ address: change.address, actions: change.actions }).toEqual({ address: change.address, actions: ["create"] });
      else expect({ address: change.address, actions: change.actions, changed: change.changed }).toEqual({ address: change.address, actions: ["update"], changed: [want] });
    }
  });
});

test("one apply converges: the next plan is empty and the server holds one project per stack", async () => {
  await e.ws.apply(["-parallelism=20"]);
  await expectCleanPlan(e.ws);
  const names = (await e.server.listProjects()).map((p) => p.name as string).sort();
  expect(names).toEqual(CASES.map((_c, i) => `Drift ${i}`).sort());
});
