/**
 * Declared is enforced, for every setting the model gives a default (the table is derived from the model:
 * fixtures/defaulted-settings.ts): a minimal configuration applies and plans clean (normal and refresh-only); then
 * every such setting of the project, the flow (each section), the branding and the webhook is changed by hand at once,
 * `plan -detailed-exitcode` exits 2 naming each attribute, `smartenroll drift` labels each "deploy restores <default>",
 * one apply puts every default back on the server, and both plans are clean again.
 */
import { ref, resource, type HclObject } from "../../support/hcl";
import { changesOf, stateResources } from "../../support/plan";
import type { Report, DriftAttribute } from "../../../src/gitops/report";
import { reportOf, smartenroll } from "../../gitops/cli";
import { expectCleanPlan, output, useE2E } from "./fixtures/e2e";
import { defaultedSettings, type DefaultedSetting, type ResourceType } from "./fixtures/defaulted-settings";
import { mainTf } from "./fixtures/seed";

const e = useE2E();

const PROJECT: HclObject = {
  allowed_countries: ["United States"],
  contact_email: "compliance@example.com",
  privacy_url: "https://example.com/privacy",
  terms_and_conditions_url: "https://example.com/terms",
  data_protection: { name: "Jane Smith", email: "dpo@example.com", address: "1 Main St", city: "New York", country: "United States", postal_code: "10001" },
};
/** The `lists` flow holds one document row, so settings inside list elements have an element to be edited in. */
const ONE_ROW = [{ country: "United States", configurations: [{ active: true, document_category: "government_id" }] }];

/** Only required attributes (plus the one document row of `lists`). */
const MINIMAL = mainTf([
  resource("smartenroll_project", "main", { ...PROJECT, name: "Enforced main" }),
  resource("smartenroll_project_flow", "main", { project_id: ref("smartenroll_project.main.id") }),
  resource("smartenroll_project_branding", "main", { project_id: ref("smartenroll_project.main.id") }),
  resource("smartenroll_webhook", "main", { name: "Enforced events", url: "https://hooks.example.com/enforced" }),
  resource("smartenroll_project", "lists", { ...PROJECT, name: "Enforced lists" }),
  resource("smartenroll_project_flow", "lists", { project_id: ref("smartenroll_project.lists.id"), documents: { document_types: ONE_ROW } }),
]).text;

type Json = any;
const clone = <T>(v: T): T => structuredClone(v);
const valueAt = (o: Json, path: (string | number)[]) => path.reduce((cur, k) => (cur == null ? undefined : cur[k]), o);
function setAt(o: Json, path: (string | number)[], v: unknown): void {
  const parent = valueAt(o, path.slice(0, -1));
  parent[path[path.length - 1]] = v;
}
const none = (v: unknown) => v === null || v === undefined || v === "";
/** Equal to the default; `""` and null both mean none for a string whose default is either. */
const sameAsDefault = (live: unknown, dflt: unknown) => JSON.stringify(live ?? null) === JSON.stringify(dflt) || (none(live) && none(dflt));

let settings: DefaultedSetting[];
let ids: Record<string, string>;
const address = (s: DefaultedSetting) => `${s.type}.${s.inList ? "lists" : "main"}`;

/** The object as the API shows it, for each address the table edits. */
async function live(): Promise<Record<string, Json>> {
  const get = async (path: string) => (await e.server.api("GET", path)).body.data;
  const main = await get(`/v3/projects/${ids["smartenroll_project.main"]}`);
  return {
    "smartenroll_project.main": main,
    "smartenroll_project_branding.main": main.branding,
    "smartenroll_project_flow.main": await get(`/v3/project-flows/${ids["smartenroll_project_flow.main"]}`),
    "smartenroll_project_flow.lists": await get(`/v3/project-flows/${ids["smartenroll_project_flow.lists"]}`),
    "smartenroll_webhook.main": await get(`/v2/webhooks/${ids["smartenroll_webhook.main"]}`),
  };
}

/** One request per object, setting every one of its table's settings to the edited value (sections sent whole). */
async function editByHand(): Promise<void> {
  const now = await live();
  const bodies: Record<string, Json> = {};
  for (const s of settings) {
    const body = (bodies[address(s)] ??= {});
    const top = s.path[0] as string;
    if (s.path.length > 1 && body[top] === undefined) body[top] = clone(now[address(s)][top] ?? {});
    setAt(body, s.path, s.edited);
  }
  const request: Record<string, (b: Json) => [string, string, Json]> = {
    "smartenroll_project.main": (b) => ["PUT", `/v3/projects/${ids["smartenroll_project.main"]}`, b],
    "smartenroll_project_branding.main": (b) => ["PUT", `/v3/projects/${ids["smartenroll_project.main"]}`, { branding: b }],
    "smartenroll_project_flow.main": (b) => ["PUT", `/v3/project-flows/${ids["smartenroll_project_flow.main"]}`, b],
    "smartenroll_project_flow.lists": (b) => ["PUT", `/v3/project-flows/${ids["smartenroll_project_flow.lists"]}`, b],
    "smartenroll_webhook.main": (b) => ["PUT", `/v2/webhooks/${ids["smartenroll_webhook.main"]}`, b],
  };
  for (const [addr, body] of Object.entries(bodies)) {
    const [method, path, sent] = request[addr](body);
    const r = await e.server.api(method, path, sent);
    if (r.status >= 300) throw new Error(`hand edit of ${addr}: ${method} ${path} → ${r.status} ${JSON.stringify(r.body)}\nsent ${JSON.stringify(sent)}`);
  }
}

beforeAll(async () => {
  const hook = await e.server.api("POST", "/v2/webhooks", { name: "Linked by hand", url: "https://hooks.example.com/by-hand", isActive: true });
  settings = defaultedSettings({ webhookId: hook.body.data._id });
  e.ws.write({ "main.tf": MINIMAL });
  await e.ws.apply();
  const state = stateResources(await e.ws.stateJson());
  ids = Object.fromEntries([...state].map(([a, v]) => [a, v.id as string]));
}, 120_000);

test("the table covers every section of every resource", () => {
  const sections = new Set(settings.map((s) => `${s.type} ${s.path.length > 1 ? s.path[0] : "(top level)"}`));
  expect([...sections].sort()).toEqual([
    "smartenroll_project (top level)",
    "smartenroll_project dataProtection",
    "smartenroll_project_branding (top level)",
    "smartenroll_project_flow (top level)",
    "smartenroll_project_flow documents",
    "smartenroll_project_flow integrations",
    "smartenroll_project_flow liveness",
    "smartenroll_project_flow signUpForm",
    "smartenroll_project_flow steps",
    "smartenroll_webhook notification",
  ]);
});

test("a minimal configuration plans clean right after apply, normal and refresh-only", async () => {
  await expectCleanPlan(e.ws, "plan of the minimal configuration");
  const r = await e.ws.tf(["plan", "-refresh-only", "-detailed-exitcode", "-input=false", "-no-color"]);
  if (r.code !== 0) throw new Error(`refresh-only plan of the minimal configuration: expected exit 0\n${output(r)}`);
});

describe("every defaulted setting changed by hand", () => {
  let changed: Map<string, string[]>;
  let drift: Report;
  beforeAll(async () => {
    await editByHand();
    const r = await e.ws.tf(["plan", "-detailed-exitcode", "-input=false", "-no-color", "-out=edited.tfplan"]);
    if (r.code !== 2) throw new Error(`plan after the hand edits: expected exit 2\n${output(r)}`);
    const plan = JSON.parse((await e.ws.tfOk(["show", "-json", "-no-color", "edited.tfplan"])).stdout);
    changed = new Map([...changesOf(plan)].map(([a, c]) => [a, c.changed]));
    const d = await smartenroll(["drift", "--dir", e.ws.dir, "--format", "json"], e.ws);
    expect({ code: d.code, stderr: d.stderr }).toEqual({ code: 2, stderr: "" });
    drift = reportOf(d);
  }, 180_000);

  test.each([["smartenroll_project"], ["smartenroll_project_flow"], ["smartenroll_project_branding"], ["smartenroll_webhook"]] as [ResourceType][])(
    "%s: the plan names exactly the edited attributes",
    (type) => {
      for (const addr of new Set(settings.filter((s) => s.type === type).map(address)))
        expect({ addr, changed: changed.get(addr) }).toEqual({ addr, changed: settings.filter((s) => address(s) === addr).map((s) => s.attribute).sort() });
    },
  );

  test("drift labels every edited setting: deploy restores its default", () => {
    const labels = new Map<string, DriftAttribute>();
    for (const p of drift.projects) for (const c of p.changes) for (const a of c.attributes as DriftAttribute[]) labels.set(`${c.address} ${a.path}`, a);
    const missing = settings.filter((s) => {
      const label = labels.get(`${address(s)} ${s.attribute.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())}`);
      return !label || label.deploy?.action !== "restores" || !sameAsDefault(label.deploy.value, s.default);
    });
    expect(missing.map((s) => `${address(s)} ${s.attribute}`)).toEqual([]);
  });

  test("one apply puts every default back on the server; then plan and refresh-only are clean", async () => {
    await e.ws.apply();
    const now = await live();
    const wrong = settings.filter((s) => !sameAsDefault(valueAt(now[address(s)], s.path), s.default));
    expect(wrong.map((s) => `${address(s)} ${s.attribute} = ${JSON.stringify(valueAt(now[address(s)], s.path))}`)).toEqual([]);
    await expectCleanPlan(e.ws, "plan after restoring the defaults");
    const r = await e.ws.tf(["plan", "-refresh-only", "-detailed-exitcode", "-input=false", "-no-color"]);
    if (r.code !== 0) throw new Error(`refresh-only plan after restoring the defaults: expected exit 0\n${output(r)}`);
  });
});
