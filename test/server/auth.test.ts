/** Bearer JWT (HS256) checks: every failure is 401 with the documented body. */
import { SignJWT, base64url } from "jose";
import { harness, type Harness } from "./support";

let h: Harness;
beforeAll(async () => (h = await harness()));
afterAll(() => h.close());

const expect401 = async (token: string | null) => {
  const r = await h.call("GET", "/v3/projects", undefined, { token });
  expect(r.status).toBe(401);
  expect(r.body).toMatchObject({ message: "Access forbidden", code: "Forbidden", status: 401 });
};

test("every answer names the local server in its Server header, so clients can tell it from the hosted API", async () => {
  const answers = await Promise.all([
    h.call("GET", "/v3/projects"),
    h.call("GET", "/v3/projects", undefined, { token: null }),
    h.call("GET", "/v3/projects/64a1b2c3d4e5f67890123456"),
    h.call("GET", "/no/such/route"),
    h.admin("GET", "/_emulator/requests"),
  ]);
  expect(answers.map((r) => [r.status, r.headers.server])).toEqual([200, 401, 404, 404, 200].map((status) => [status, "smartenroll-local-server"]));
});

test("a valid token works", async () => {
  expect((await h.call("GET", "/v3/projects")).status).toBe(200);
});
test("missing header → 401", () => expect401(null));
test("expired token → 401", async () => {
  const expired = await new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject("alice").setIssuedAt(1000).setExpirationTime(2000).sign(new TextEncoder().encode(h.secret));
  await expect401(expired);
});
test("alg none → 401", async () => {
  const enc = (o: object) => base64url.encode(JSON.stringify(o));
  await expect401(`${enc({ alg: "none", typ: "JWT" })}.${enc({ sub: "alice", exp: Math.floor(Date.now() / 1000) + 3600 })}.`);
});
test("tampered payload → 401", async () => {
  const [head, , sig] = h.token.split(".");
  const payload = base64url.encode(JSON.stringify({ sub: "mallory", exp: Math.floor(Date.now() / 1000) + 3600 }));
  await expect401(`${head}.${payload}.${sig}`);
});
test("wrong secret → 401", async () => {
  const { signToken } = await import("../../src/server");
  await expect401(await signToken({ secret: "not-the-secret", user: "alice" }));
});
test("a token without sub → 401; garbage → 401", async () => {
  await expect401(await new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setExpirationTime("1h").sign(new TextEncoder().encode(h.secret)));
  await expect401("not.a.jwt");
});
test("401 is answered before any body is read", async () => {
  const r = await h.call("POST", "/v3/projects", undefined, { token: null, raw: "{broken" });
  expect(r.status).toBe(401);
});
