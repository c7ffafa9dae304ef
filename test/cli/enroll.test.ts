/** `smartenroll enroll` as users run it (bin/smartenroll) against the local server and a loopback receiver. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { run } from "../support/run";
import { harness, minimalProject, type Harness } from "../server/support";

const bin = path.resolve(__dirname, "../../bin/smartenroll");
let h: Harness;
let receiver: Server;
let hookUrl: string;
const got: string[] = [];

beforeAll(async () => {
  h = await harness();
  receiver = createServer((req, res) => {
    let t = "";
    req.on("data", (c) => (t += c));
    req.on("end", () => (got.push(JSON.parse(t).type), res.writeHead(200).end()));
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/events`;
});
afterAll(async () => {
  await h.close();
  receiver.closeAllConnections();
  await new Promise((r) => receiver.close(r));
});

async function activeProject(url: string): Promise<string> {
  const projectFlow = { target: "personal", type: "onboarding", status: "active", integrations: { redirectUrl: "https://example.com/done" } };
  const p = (await h.call("POST", "/v3/projects", { ...minimalProject(`P ${url}`), status: "active", projectFlow, projectFlowType: "onboarding" })).body.data;
  await h.call("POST", "/v2/webhooks", { name: "R", url, isActive: true, link: [p.projectFlows] });
  return p._id;
}

const enroll = (args: string[], env: Record<string, string> = { SMARTENROLL_ADMIN_TOKEN: h.srv.adminToken }) =>
  run(bin, ["enroll", "--server", h.srv.url, ...args], { env: { ...process.env, ...env }, timeoutMs: 60_000 });

test("prints each delivery as it reached the receiver and exits 0", async () => {
  const project = await activeProject(hookUrl);
  const r = await enroll(["--project", project, "--outcome", "failed"]);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
  expect(got).toEqual(["onboarding_app_registration_created", "onboarding_app_registration_sync_sign_up_form", "onboarding_app_registration_sync_instructions", "onboarding_app_registration_failed"]);
  expect(r.stdout).toMatch(/^enrollment [0-9a-f]{24}: 4 events to webhook [0-9a-f]{24}\n/);
  expect(r.stdout).toMatch(/ok {3}onboarding_app_registration_failed {2}200 {2}\d+ ms\n/);
  expect(r.stdout).toMatch(/all 4 events delivered\n$/);
});

test("exits 2 when a delivery fails, 1 without an admin token", async () => {
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((r) => closed.close(r));
  const project = await activeProject(`http://127.0.0.1:${port}/closed`);
  const r = await enroll(["--project", project]);
  expect(r.code).toBe(2);
  expect(r.stdout).toMatch(/FAIL onboarding_app_registration_created {2}ECONNREFUSED/);
  expect(r.stdout).toMatch(/4 of 4 events not delivered/);
  const none = await enroll(["--project", project], { SMARTENROLL_ADMIN_TOKEN: "" });
  expect([none.code, none.stderr]).toEqual([1, expect.stringContaining("the emulator's admin token is required")]);
});
