/**
 * `smartenroll_webhook` and the flow's `integrations.webhook_id`, with real terraform against the local server, in
 * one workspace: apply and a clean plan, an out-of-band URL edit shown as drift, `is_active` changed in place,
 * a webhook deleted by hand re-created and re-linked, import, the data source, and a destroy that leaves nothing.
 */
import { dataSource, ref, resource, type HclObject } from "../../support/hcl";
import { changesOf } from "../../support/plan";
import { expectCleanPlan, output, useE2E } from "./fixtures/e2e";
import { mainTf } from "./fixtures/seed";

const e = useE2E();

const PROJECT: HclObject = {
  name: "Webhook stack",
  allowed_countries: ["United States"],
  contact_email: "compliance@example.com",
  privacy_url: "https://example.com/privacy",
  terms_and_conditions_url: "https://example.com/terms",
  data_protection: { name: "Jane Smith", email: "dpo@example.com", address: "123 Business Plaza", city: "New York", country: "United States", postal_code: "10001" },
};
const HOOK: HclObject = { name: "KYC events", url: "https://hooks.example.com/kyc", description: "Onboarding events", notification: { email: "ops@example.com" } };

function config(hook: HclObject = HOOK, linked = true): string {
  return mainTf([
    resource("smartenroll_project", "main", PROJECT),
    resource("smartenroll_webhook", "events", hook),
    resource("smartenroll_project_flow", "main", {
      project_id: ref("smartenroll_project.main.id"),
      integrations: { redirect_url: "https://example.com/done", webhook_id: linked ? ref("smartenroll_webhook.events.id") : null },
    }),
    dataSource("smartenroll_webhook", "by_name", { name: ref("smartenroll_webhook.events.name"), depends_on: [ref("smartenroll_project_flow.main")] }),
  ]).text + '\noutput "linked_flows" {\n  value = data.smartenroll_webhook.by_name.project_flow_ids\n}\n';
}

const ids = async () => {
  const state = JSON.parse((await e.ws.tfOk(["show", "-json", "-no-color"])).stdout);
  const of = (addr: string) => state.values.root_module.resources.find((r: any) => r.address === addr)?.values;
  return { hook: of("smartenroll_webhook.events")?.id as string, flow: of("smartenroll_project_flow.main")?.id as string, flowValues: of("smartenroll_project_flow.main"), hookValues: of("smartenroll_webhook.events") };
};
const apiHook = async (id: string) => (await e.server.api("GET", `/v2/webhooks/${id}`)).body;
const apiFlow = async (id: string) => (await e.server.api("GET", `/v3/project-flows/${id}`)).body.data;
const planChanges = async () => new Map([...changesOf(await e.ws.planJson()).entries()].filter(([, c]) => !c.actions.includes("no-op")));

test("webhook + flow reference: apply, clean plan, drift, is_active in place, re-creation after a manual delete, import, destroy", async () => {
  e.ws.write({ "main.tf": config() });
  await e.ws.apply();
  await expectCleanPlan(e.ws, "plan after the first apply");

  const first = await ids();
  expect(first.hookValues).toMatchObject({ name: "KYC events", url: HOOK.url, is_active: true, description: "Onboarding events", notification: { success: false, fail: true, email: "ops@example.com" } });
  expect(first.hookValues.account_id).toBe(e.server.user);
  expect(first.flowValues.integrations.webhook_id).toBe(first.hook);
  expect((await apiHook(first.hook)).data.projectFlow).toEqual([first.flow]);
  expect(await apiFlow(first.flow)).toMatchObject({ integrations: { webhook: first.hook }, webhookUrl: HOOK.url });
  expect(JSON.parse((await e.ws.tfOk(["output", "-json", "linked_flows"])).stdout)).toEqual([first.flow]);

  // out-of-band URL edit: an in-place update of exactly `url` on the webhook, nothing on the flow
  await e.server.api("PUT", `/v2/webhooks/${first.hook}`, { url: "https://elsewhere.example.net/steal" });
  let changes = await planChanges();
  expect([...changes.keys()]).toEqual(["smartenroll_webhook.events"]);
  expect(changes.get("smartenroll_webhook.events")).toMatchObject({ actions: ["update"], changed: ["url"] });

  // is_active = false (Q20): changed in place, same id, and the URL drift is reverted with it
  e.ws.write({ "main.tf": config({ ...HOOK, is_active: false }) });
  changes = await planChanges();
  expect(changes.get("smartenroll_webhook.events")).toMatchObject({ actions: ["update"], changed: ["is_active", "url"] });
  await e.ws.apply();
  await expectCleanPlan(e.ws, "plan after toggling is_active");
  expect((await apiHook(first.hook)).data).toMatchObject({ _id: first.hook, isActive: false, url: HOOK.url });

  // deleted by hand: planned for creation, the flow planned to point at the new one; one apply re-links
  await e.server.api("DELETE", `/v2/webhooks/${first.hook}`);
  changes = await planChanges();
  expect(changes.get("smartenroll_webhook.events")?.actions).toEqual(["create"]);
  expect(changes.get("smartenroll_project_flow.main")).toMatchObject({ actions: ["update"], unknown: ["integrations.webhook_id"] });
  await e.ws.apply();
  await expectCleanPlan(e.ws, "plan after re-creating the webhook");
  const second = await ids();
  expect(second.hook).not.toBe(first.hook);
  expect(second.flow).toBe(first.flow);
  expect((await apiFlow(second.flow)).integrations.webhook).toBe(second.hook);

  // import: forgotten by state, imported by id, plans clean
  await e.ws.tfOk(["state", "rm", "smartenroll_webhook.events"]);
  const imp = await e.ws.tf(["import", "-input=false", "-no-color", "smartenroll_webhook.events", second.hook]);
  if (imp.code !== 0) throw new Error(`terraform import\n${output(imp)}`);
  await expectCleanPlan(e.ws, "plan after import");

  // detaching follows the reference
  e.ws.write({ "main.tf": config({ ...HOOK, is_active: false }, false) });
  await e.ws.apply();
  await expectCleanPlan(e.ws, "plan after detaching");
  expect((await apiHook(second.hook)).data.projectFlow).toEqual([]);

  await e.ws.tfOk(["destroy", "-auto-approve", "-input=false", "-no-color"]);
  expect((await e.server.api("GET", "/v2/webhooks")).body.data).toEqual([]);
  expect((await e.server.api("GET", "/v3/projects")).body.data).toEqual([]);
}, 240_000);

test("fails at validate time with the attribute path: a bad URL, a bad notification email, a malformed webhook_id", async () => {
  const text = mainTf([
    resource("smartenroll_project", "main", PROJECT),
    resource("smartenroll_webhook", "events", { ...HOOK, url: "not a url", notification: { email: "nope" } }),
    resource("smartenroll_project_flow", "main", { project_id: ref("smartenroll_project.main.id"), integrations: { webhook_id: "hook-1" } }),
  ]).text;
  e.ws.write({ "main.tf": text });
  const r = await e.ws.tf(["validate", "-no-color"]);
  expect(r.code).toBe(1);
  expect(r.stdout + r.stderr).toMatch(/url must be an http\(s\) URL, but "not a url" was provided/);
  expect(r.stdout + r.stderr).toMatch(/notification\.email must be a valid email address, but "nope" was provided/);
  expect(r.stdout + r.stderr).toMatch(/integrations\.webhook_id must be a 24-character hexadecimal id, but "hook-1"\s+was provided/);
}, 60_000);
