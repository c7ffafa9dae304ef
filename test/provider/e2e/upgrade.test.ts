/**
 * Upgrading from the provider that kept the API's values for unset settings (state recorded with a build of 6e13896:
 * fixtures/upgrade) is safe: the first plan shows exactly the settings whose live value differs from the default
 * (the hand edits that provider had accepted into state) and nothing else; a refresh-only plan is clean, also for
 * state written before `account_id` and `endpoint` existed; one apply restores the defaults, then both plans are clean.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { changesOf, effectiveChanges, stateResources } from "../../support/plan";
import { expectCleanPlan, output, useE2E } from "./fixtures/e2e";
import { handEdits } from "./fixtures/upgrade/edits";

const FIXTURE = path.join(__dirname, "fixtures/upgrade");
const e = useE2E();

/** The recorded state with the fixture's ids, account, endpoint and timestamp replaced by this server's. */
function recordedState(live: Map<string, Record<string, unknown>>, opts: { withoutBookkeeping: string[] }): string {
  const fixture = JSON.parse(readFileSync(path.join(FIXTURE, "terraform.tfstate"), "utf8"));
  const swaps = new Map<string, string>([["upgrade-fixture", e.server.user]]);
  for (const r of fixture.resources) {
    const recorded = r.instances[0].attributes;
    const now = live.get(`${r.type}.${r.name}`)!;
    swaps.set(recorded.id, now.id as string).set(recorded.endpoint, e.server.url);
    if (recorded.created_at) swaps.set(recorded.created_at, now.created_at as string);
  }
  let text = JSON.stringify(fixture);
  for (const [from, to] of swaps) text = text.split(JSON.stringify(from)).join(JSON.stringify(to));
  const out = JSON.parse(text);
  for (const r of out.resources)
    if (opts.withoutBookkeeping.includes(r.type)) Object.assign(r.instances[0].attributes, { account_id: null, endpoint: null });
  return JSON.stringify(out, null, 2);
}

beforeAll(async () => {
  e.ws.write({ "main.tf": readFileSync(path.join(FIXTURE, "main.tf"), "utf8") });
  await e.ws.apply();
  const live = stateResources(await e.ws.stateJson());
  const id = (a: string) => live.get(a)!.id as string;
  for (const edit of handEdits({ project: id("smartenroll_project.kyc"), flow: id("smartenroll_project_flow.kyc"), webhook: id("smartenroll_webhook.events") })) {
    const r = await e.server.api(edit.method, edit.path, edit.body);
    if (r.status >= 300) throw new Error(`${edit.method} ${edit.path} → ${r.status} ${JSON.stringify(r.body)}`);
  }
  // branding's state as a provider older than the endpoint binding wrote it: no account_id, no endpoint
  e.ws.write({ "terraform.tfstate": recordedState(live, { withoutBookkeeping: ["smartenroll_project_branding"] }) });
}, 180_000);

test("the recorded state holds the hand-edited values, as the old provider accepted them", () => {
  const state = JSON.parse(e.ws.stateFile()!);
  const flow = state.resources.find((r: { type: string }) => r.type === "smartenroll_project_flow").instances[0].attributes;
  expect({ attempts: flow.documents.attempt_limit, minScore: flow.liveness.min_score, schemaVersion: state.resources[0].instances[0].schema_version }).toEqual({ attempts: 5, minScore: 0.52, schemaVersion: 0 });
});

test("plan -refresh-only after the upgrade is clean: nothing changed outside Terraform, account_id and endpoint filled in", async () => {
  const r = await e.ws.tf(["plan", "-refresh-only", "-detailed-exitcode", "-input=false", "-no-color"]);
  if (r.code !== 0) throw new Error(`refresh-only plan after the upgrade: expected exit 0\n${output(r)}`);
  expect(r.stdout).not.toContain("changed outside of Terraform");
});

test("the first plan shows exactly the settings whose live value is not the default, each going back to it", async () => {
  const code = await e.ws.tf(["plan", "-detailed-exitcode", "-input=false", "-no-color", "-out=first.tfplan"]);
  expect(code.code).toBe(2);
  expect(code.stdout).not.toContain("changed outside of Terraform");
  const plan = JSON.parse((await e.ws.tfOk(["show", "-json", "-no-color", "first.tfplan"])).stdout);
  const rows = effectiveChanges(plan).map((c) => ({ address: c.address, actions: c.actions, changed: c.changed, unknown: c.unknown }));
  expect(rows.sort((a, b) => (a.address < b.address ? -1 : 1))).toEqual([
    { address: "smartenroll_project.kyc", actions: ["update"], changed: ["default_language"], unknown: [] },
    { address: "smartenroll_project_branding.kyc", actions: ["update"], changed: ["text_color"], unknown: [] },
    { address: "smartenroll_project_flow.kyc", actions: ["update"], changed: ["documents.attempt_limit", "liveness.min_score", "sign_up_form.phone_gateway"], unknown: [] },
    { address: "smartenroll_webhook.events", actions: ["update"], changed: ["notification.fail"], unknown: [] },
  ]);
  const after = (a: string) => plan.resource_changes.find((c: { address: string }) => c.address === a).change.after;
  expect(after("smartenroll_project_flow.kyc").liveness.min_score).toBe(0.65);
  expect(after("smartenroll_project_flow.kyc").documents.attempt_limit).toBe(3);
  expect(changesOf(plan).get("smartenroll_project_branding.kyc")?.actions).toEqual(["update"]);
});

test("one apply puts the defaults back; then plan and refresh-only are clean", async () => {
  await e.ws.apply();
  const [project] = await e.server.listProjects();
  const flow = project.projectFlows[0];
  expect({ lang: project.defaultLanguage, text: project.branding.textColor, attempts: flow.documents.attemptLimit, minScore: flow.liveness.minScore, gateway: flow.signUpForm.phoneGateway }).toEqual({
    lang: "en",
    text: "#8091B6",
    attempts: 3,
    minScore: 0.65,
    gateway: "sms",
  });
  const hook = (await e.server.api("GET", `/v2/webhooks/${flow.integrations.webhook}`)).body.data;
  expect(hook.notification).toMatchObject({ success: false, fail: true });
  await expectCleanPlan(e.ws, "plan after the upgrade's apply");
  const r = await e.ws.tf(["plan", "-refresh-only", "-detailed-exitcode", "-input=false", "-no-color"]);
  if (r.code !== 0) throw new Error(`refresh-only plan after the upgrade's apply: expected exit 0\n${output(r)}`);
  const branding = stateResources(await e.ws.stateJson()).get("smartenroll_project_branding.kyc")!;
  expect({ account: branding.account_id, endpoint: branding.endpoint }).toEqual({ account: e.server.user, endpoint: e.server.url });
});
