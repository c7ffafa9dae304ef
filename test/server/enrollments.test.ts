/** `POST /_emulator/enrollments`: simulated onboarding events delivered to a loopback receiver, in order. */
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { harness, minimalProject, type Harness } from "./support";

let h: Harness;
let receiver: Server;
let base: string;
const received: { path: string; body: any }[] = [];
const sockets = new Set<Socket>();

beforeAll(async () => {
  h = await harness();
  receiver = createServer((req, res) => {
    let text = "";
    req.on("data", (c) => (text += c));
    req.on("end", () => {
      received.push({ path: req.url ?? "", body: JSON.parse(text) });
      res.writeHead(req.url === "/teapot" ? 418 : 204).end();
    });
  });
  receiver.on("connection", (s) => (sockets.add(s), s.on("close", () => sockets.delete(s))));
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await h.close();
  for (const s of sockets) s.destroy();
  await new Promise((r) => receiver.close(r));
});
beforeEach(async () => {
  await h.admin("POST", "/_emulator/reset");
  received.length = 0;
});

const DOCS = { attemptLimit: 3, verificationMethods: ["scan"], documentTypes: [{ country: "United States", configurations: [{ active: true, documentCategory: "passport" }] }] };
const FLOWS = {
  plain: { signUpForm: { email: true, phone: true } },
  full: { steps: { document: "mandatory", liveness: "mandatory" }, documents: DOCS },
  document: { steps: { document: "optional" }, documents: DOCS },
  liveness: { signUpForm: { email: true }, steps: { liveness: "mandatory" } },
} as const;

/** An active project whose flow (`FLOWS[kind]`) is linked to a webhook posting to `url`. */
async function activeProject(kind: keyof typeof FLOWS, url = `${base}/hooks`, hook: object = {}) {
  const projectFlow = { target: "personal", type: "onboarding", status: "active", integrations: { redirectUrl: "https://example.com/done" }, ...FLOWS[kind] };
  const p = await h.call("POST", "/v3/projects", { ...minimalProject(kind), demoMode: true, demoOTP: "424242", status: "active", projectFlow, projectFlowType: "onboarding" });
  expect(p.status).toBe(201);
  const webhook = (await h.call("POST", "/v2/webhooks", { name: "R", url, isActive: true, link: [p.body.data.projectFlows], ...hook })).body.data;
  return { project: p.body.data._id as string, flow: p.body.data.projectFlows as string, webhook };
}

const enroll = (projectId: string, outcome?: string, extra: object = {}) => h.admin("POST", "/_emulator/enrollments", { projectId, outcome, ...extra });
const deliveries = async () => (await h.admin("GET", "/_emulator/requests")).body.data.filter((e: any) => e.kind === "webhook");
async function until<T>(get: () => Promise<T> | T, done: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (done(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
}

const START = ["app_registration_created", "app_registration_sync_sign_up_form"];
const EMAIL = ["email_validation_created", "email_validation_validated"];
const PHONE = ["phone_validation_created", "phone_validation_validated"];
const SYNC = "app_registration_sync_instructions";
const DOC = ["document_validation_created", "document_validation_source_lookup"];
const SEQUENCES: [keyof typeof FLOWS, string, string[]][] = [
  ["plain", "completed", [...START, ...EMAIL, ...PHONE, SYNC, "app_registration_completed"]],
  ["plain", "failed", [...START, ...EMAIL, ...PHONE, SYNC, "app_registration_failed"]],
  ["plain", "needs_manual_verification", [...START, ...EMAIL, ...PHONE, SYNC, "app_registration_needs_manual_verification"]],
  ["plain", "completed_without_kyc", [...START, ...EMAIL, ...PHONE, SYNC, "app_registration_completed_without_kyc"]],
  ["full", "completed", [...START, SYNC, ...DOC, "biometric_validation_validated", "face_verification_compare", "app_registration_completed"]],
  ["full", "failed", [...START, SYNC, ...DOC, "biometric_validation_liveness_failed", "biometrics_liveness_score_not_acceptable", "app_registration_failed"]],
  ["full", "needs_manual_verification", [...START, SYNC, ...DOC, "biometric_validation_validated", "face_verification_compare", "document_validation_manual_verification_required", "app_registration_needs_manual_verification"]],
  ["document", "completed", [...START, SYNC, ...DOC, "app_registration_completed"]],
  ["document", "failed", [...START, SYNC, "document_validation_created", "document_validation_data_source_error", "app_registration_failed"]],
  ["document", "completed_without_kyc", [...START, SYNC, "app_registration_completed_without_kyc"]],
  ["liveness", "completed", [...START, ...EMAIL, SYNC, "biometric_validation_validated", "app_registration_completed"]],
  ["liveness", "failed", [...START, ...EMAIL, SYNC, "biometric_validation_liveness_failed", "biometrics_liveness_score_not_acceptable", "app_registration_failed"]],
  ["liveness", "needs_manual_verification", [...START, ...EMAIL, SYNC, "biometric_validation_validated", "app_registration_needs_manual_verification"]],
];

test.each(SEQUENCES)("%s flow, %s: the receiver gets exactly the documented sequence, in order, without OTPs", async (kind, outcome, suffixes) => {
  const { project, flow, webhook } = await activeProject(kind);
  const r = await enroll(project, outcome);
  const types = suffixes.map((s) => `onboarding_${s}`);
  expect([r.status, r.body.data]).toEqual([202, expect.objectContaining({ project, projectFlow: flow, webhook: webhook._id, delivering: true, events: types })]);
  await until(() => received, (x) => x.length >= types.length);
  await new Promise((res) => setTimeout(res, 50));
  expect(received.map((e) => e.body.type)).toEqual(types);
  for (const { path, body } of received) {
    expect(path).toBe("/hooks");
    expect(Object.keys(body).sort()).toEqual(["object", "type"]);
    expect(body.object).toMatchObject({ client: "alice", project, projectFlow: flow });
    const text = JSON.stringify(body.object);
    expect(text).not.toMatch(/otp/i);
    expect(text).not.toContain("424242");
  }
  const log = await until(deliveries, (l) => l.length === types.length);
  expect(log.map((e: any) => [e.event, e.status, e.delivery, e.url])).toEqual(types.map((t) => [t, 204, "delivered", `${base}/hooks`]));
  const stats = (await h.call("GET", `/v2/webhooks/${webhook._id}`)).body.data.statistics;
  expect(stats).toMatchObject({ totalRequests: types.length, successfulRequests: types.length, failedRequests: 0 });
});

test("final and sync app_registration events carry the webhook URL; face compare carries compareResult", async () => {
  const { project } = await activeProject("full");
  await enroll(project, "needs_manual_verification");
  const events = await until(() => received, (x) => x.length >= 9);
  const byType = Object.fromEntries(events.map((e) => [e.body.type.replace("onboarding_", ""), e.body.object]));
  expect(byType.app_registration_created.status).toBe("new");
  expect(byType.app_registration_sync_instructions).toMatchObject({ status: "ongoing", webhook: `${base}/hooks` });
  expect(byType.app_registration_needs_manual_verification).toMatchObject({ status: "needs_manual_verification", webhook: `${base}/hooks` });
  expect(byType.face_verification_compare.compareResult).toEqual({ score: 0.7, minScore: 0.8, match: false });
});

test("fails: bad body 400, unknown project 404, inactive flow or impossible outcome 409", async () => {
  const { project } = await activeProject("full");
  expect((await enroll("nope")).body).toMatchObject({ code: "BadRequest", message: "projectId must be the id of a project" });
  expect((await enroll(project, "maybe")).status).toBe(400);
  expect((await enroll("0123456789abcdef01234567")).status).toBe(404);
  const nokyc = await enroll(project, "completed_without_kyc");
  expect([nokyc.status, nokyc.body.message]).toEqual([409, "completed_without_kyc is impossible: the flow's document and liveness steps are mandatory"]);
  const draft = (await h.call("POST", "/v3/projects", minimalProject("draft"))).body.data._id;
  await h.call("POST", "/v3/project-flows", { project: draft, type: "onboarding", name: "F" });
  expect((await enroll(draft)).body).toMatchObject({ code: "Conflict", message: expect.stringContaining("Only active projects and flows accept enrollees") });
  expect(received).toEqual([]);
});

test("nothing is delivered to an inactive webhook or a non-loopback URL", async () => {
  const inactive = await activeProject("plain", `${base}/hooks`, { isActive: false });
  expect((await enroll(inactive.project)).body.data).toMatchObject({ delivering: false, reason: "the webhook is not active" });
  const remote = await activeProject("full", "https://hooks.example.com/kyc");
  expect((await enroll(remote.project)).body.data).toMatchObject({ delivering: false, reason: expect.stringContaining("only to loopback") });
  await new Promise((r) => setTimeout(r, 100));
  expect([received, await deliveries()]).toEqual([[], []]);
});

test("an unreachable receiver is recorded as failed; a non-2xx answer too", async () => {
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
  const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/gone`;
  await new Promise((r) => closed.close(r));
  const dead = await activeProject("plain", deadUrl);
  const teapot = await activeProject("document", `${base}/teapot`);
  await enroll(dead.project);
  await enroll(teapot.project, "completed_without_kyc");
  const log = await until(deliveries, (l) => l.length === 12);
  const of = (url: string) => log.filter((e: any) => e.url === url);
  expect(of(deadUrl).map((e: any) => [e.delivery, e.status, e.error])).toEqual(Array(8).fill(["failed", 0, "ECONNREFUSED"]));
  expect(of(`${base}/teapot`).map((e: any) => [e.delivery, e.status])).toEqual(Array(4).fill(["failed", 418]));
  expect((await h.call("GET", `/v2/webhooks/${dead.webhook._id}`)).body.data.statistics).toMatchObject({ totalRequests: 8, successfulRequests: 0, failedRequests: 8 });
});

test("a receiver that never answers times out per event, does not slow API requests, and at most 8 enrollments deliver at once", async () => {
  const held = new Set<Socket>();
  const hang = createServer(() => undefined);
  hang.on("connection", (s) => held.add(s));
  await new Promise<void>((r) => hang.listen(0, "127.0.0.1", r));
  try {
    const { project } = await activeProject("full", `http://127.0.0.1:${(hang.address() as AddressInfo).port}/slow`);
    const t0 = Date.now();
    expect((await enroll(project, "completed", { timeoutMs: 1500 })).status).toBe(202);
    expect(Date.now() - t0).toBeLessThan(1000);
    for (let i = 0; i < 5; i++) {
      const t = Date.now();
      expect((await h.call("GET", "/v3/projects")).status).toBe(200);
      expect(Date.now() - t).toBeLessThan(1000);
    }
    for (let i = 1; i < 8; i++) expect((await enroll(project, "completed", { timeoutMs: 1500 })).status).toBe(202);
    const ninth = await enroll(project, "completed", { timeoutMs: 1500 });
    expect([ninth.status, ninth.body.message]).toEqual([429, "At most 8 simulated enrollments are delivered at a time"]);
    const log = await until(deliveries, (l) => l.length >= 1, 5000);
    expect(log[0]).toMatchObject({ delivery: "failed", status: 0, error: "timeout after 1500 ms" });
  } finally {
    await h.admin("POST", "/_emulator/reset");
    for (const s of held) s.destroy();
    await new Promise((r) => hang.close(r));
  }
});
