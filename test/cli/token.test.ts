/** `smartenroll token` as users run it (bin/smartenroll, built by the global setup): the flag it shares with `server`. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { jwtVerify } from "jose";

const bin = path.resolve(__dirname, "../../bin/smartenroll");
const env = { ...process.env };
delete env.SMARTENROLL_JWT_SECRET;
const token = (args: string[], extra: Record<string, string> = {}) => spawnSync(bin, ["token", ...args], { env: { ...env, ...extra }, encoding: "utf8" });
const subjectOf = async (jwt: string, secret: string) => (await jwtVerify(jwt.trim(), new TextEncoder().encode(secret), { algorithms: ["HS256"] })).payload.sub;

test("the secret comes from --jwt-secret (as for `server`), from --secret (its older name) or from SMARTENROLL_JWT_SECRET", async () => {
  const ways = [token(["--jwt-secret", "s1", "--user", "ci"]), token(["--secret", "s1", "--user", "ci"]), token(["--user", "ci"], { SMARTENROLL_JWT_SECRET: "s1" })];
  for (const r of ways) {
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
    expect(await subjectOf(r.stdout, "s1")).toBe("ci");
  }
});

test("help names --jwt-secret only; a missing secret, or both spellings at once, is a one-line error", () => {
  const help = token(["--help"]).stdout.replace(/\s+/g, " ");
  expect(help).toContain("--jwt-secret <secret> HS256 secret to sign with, the same as the server's (default: $SMARTENROLL_JWT_SECRET)");
  expect(help).not.toContain("--secret <secret>");
  const missing = token(["--user", "ci"]);
  expect({ status: missing.status, stderr: missing.stderr }).toEqual({ status: 1, stderr: "smartenroll: a JWT secret is required: pass --jwt-secret or set SMARTENROLL_JWT_SECRET\n" });
  const both = token(["--jwt-secret", "a", "--secret", "b", "--user", "ci"]);
  expect(both.status).not.toBe(0);
  expect(both.stderr).toContain("error: option '--secret <secret>' cannot be used with option '--jwt-secret <secret>'");
});
