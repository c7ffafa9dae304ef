/** The seed's own request bodies (smart-enroll-self-hosted.mdx), replayed verbatim and read back. */
import { SEED, seedBodies } from "../support/seed";
import { harness, type Harness } from "./support";

const { step1, step2, step3, step4, step6, activate, complete } = seedBodies();
/** Step 5 exactly as the guide writes it: its webhook id is a placeholder that names no webhook (on purpose, see below). */
const step5 = seedBodies().step5;
step5.projectFlow.integrations.webhook = SEED.step5WebhookId;

let h: Harness;
beforeAll(async () => (h = await harness()));
afterAll(() => h.close());
beforeEach(() => h.admin("POST", "/_emulator/reset"));

/** Strips keys the request did not send, so "read back as sent" compares only what was sent. */
function pick(actual: any, sent: any): any {
  if (Array.isArray(sent)) return Array.isArray(actual) ? sent.map((s, i) => pick(actual[i], s)) : actual;
  if (sent && typeof sent === "object") return actual && typeof actual === "object" ? Object.fromEntries(Object.keys(sent).map((k) => [k, pick(actual[k], sent[k])])) : actual;
  return actual;
}
const flowPart = ({ projectFlow: { target, type, ...rest } }: any) => ({ target, type, ...rest });

test("step by step: steps 1 to 6 then activation, each read back as sent", async () => {
  const created = await h.call("POST", "/v3/projects", step1);
  expect(created.status).toBe(201);
  const id = created.body.data._id;
  expect(id).toMatch(/^[0-9a-f]{24}$/);
  let got = (await h.call("GET", `/v3/projects/${id}`)).body.data;
  expect(pick(got, step1)).toEqual(step1);

  // the seed's webhook id stands for a webhook of the same user: create one and send its id
  const hook = await h.call("POST", "/v2/webhooks", { name: "Onboarding events", url: "https://example.com/webhooks/kyc", isActive: true });
  const step5Sent = structuredClone(step5);
  step5Sent.projectFlow.integrations.webhook = hook.body.data._id;
  for (const step of [step2, step3, step4, step5Sent]) {
    const r = await h.call("PUT", `/v3/projects/${id}`, step);
    expect([r.status, r.body.status]).toEqual([200, "completed"]);
    got = (await h.call("GET", `/v3/projects/${id}`)).body.data;
    expect(got.projectFlows).toHaveLength(1);
    expect(pick(got.projectFlows[0], flowPart(step))).toEqual(flowPart(step));
  }
  // earlier steps survive later ones (objects merged, not replaced)
  expect(pick(got.projectFlows[0], flowPart(step2))).toEqual(flowPart(step2));
  expect(got.projectFlows[0].steps).toEqual({ document: "mandatory", liveness: "mandatory" });
  expect(got.projectFlows[0].webhookUrl).toBe("https://example.com/webhooks/kyc");
  expect((await h.call("PUT", `/v3/projects/${id}`, step5)).status).toBe(400);

  expect((await h.call("PUT", `/v3/projects/${id}`, step6)).status).toBe(200);
  got = (await h.call("GET", `/v3/projects/${id}`)).body.data;
  expect(pick(got.branding, step6.branding)).toEqual(step6.branding);

  const act = await h.call("PUT", `/v3/projects/${id}`, activate);
  expect(act.status).toBe(200);
  got = (await h.call("GET", `/v3/projects/${id}`)).body.data;
  expect([got.status, got.projectFlows[0].status]).toEqual(["active", "active"]);
});

test("the complete single-request example succeeds, reads back as sent, and activates", async () => {
  const created = await h.call("POST", "/v3/projects", complete);
  expect(created.status).toBe(201);
  expect(created.body.data.projectFlows).toMatch(/^[0-9a-f]{24}$/);
  const id = created.body.data._id;
  const got = (await h.call("GET", `/v3/projects/${id}`)).body.data;
  const { projectFlow, projectFlowType, ...project } = complete;
  expect(pick(got, project)).toEqual(project);
  expect(pick(got.projectFlows[0], projectFlow)).toEqual(projectFlow);
  expect(got.projectFlows[0].type).toBe(projectFlowType);
  expect((await h.call("PUT", `/v3/projects/${id}`, activate)).status).toBe(200);
  expect((await h.call("GET", `/v3/projects/${id}`)).body.data.status).toBe("active");
});
