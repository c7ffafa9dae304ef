/** `smartenroll server` and `smartenroll token` as users run them (bin/smartenroll, built by the global setup). */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { request } from "undici";
import { tempDir } from "../server/support";

const bin = path.resolve(__dirname, "../../bin/smartenroll");

/** Starts the server and resolves with its URL and admin token once it prints them. */
function startCli(args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string; adminToken: string; out: () => string }> {
  const child = spawn(bin, ["server", ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 20_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      const adminToken = /admin token: (\S+)/.exec(out)?.[1];
      if (url && adminToken) {
        clearTimeout(timer);
        resolve({ child, url, adminToken, out: () => out });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited early (${code}): ${out}`)));
  });
}

const exited = (c: ChildProcess) => new Promise<number | null>((r) => c.once("exit", (code) => r(code)));

test("token prints a JWT the server accepts; --port 0 picks a free port; SIGTERM exits 0 with writes on disk", async () => {
  const tmp = tempDir();
  try {
    const db = path.join(tmp.dir, "cli.db");
    const token = spawnSync(bin, ["token", "--user", "carol", "--ttl", "1h"], { env: { ...process.env, SMARTENROLL_JWT_SECRET: "cli-secret" }, encoding: "utf8" });
    expect(token.status).toBe(0);
    const jwt = token.stdout.trim();
    expect(jwt.split(".")).toHaveLength(3);

    const s = await startCli(["--port", "0", "--db", db, "--jwt-secret", "cli-secret", "--rate-limits", "off"]);
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(s.url).not.toMatch(/:0$/);
    const created = await request(`${s.url}/v3/projects`, {
      method: "POST",
      headers: { authorization: `Bearer ${jwt}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "From CLI", allowedCountries: ["All"], contactEmail: "a@b.co", privacyUrl: "https://e.co/p", termsAndConditionsUrl: "https://e.co/t", dataProtection: { name: "n", email: "d@e.co", address: "a", city: "c", country: "Peru", postalCode: "15001" } }),
    });
    expect(created.statusCode).toBe(201);
    await created.body.text();
    const log = await request(`${s.url}/_emulator/requests`, { headers: { "x-emulator-token": s.adminToken } });
    expect(((await log.body.json()) as any).data).toMatchObject([{ method: "POST", path: "/v3/projects", status: 201, user: "carol" }]);

    s.child.kill("SIGTERM");
    expect(await exited(s.child)).toBe(0);
    const conn = new Database(db, { readonly: true });
    const rows = conn.prepare("SELECT name, user FROM projects").all();
    conn.close();
    expect(rows).toEqual([{ name: "From CLI", user: "carol" }]);
  } finally {
    tmp.cleanup();
  }
});

test("SIGINT also exits 0; the secret can come from SMARTENROLL_JWT_SECRET", async () => {
  const s = await startCli(["--port", "0", "--memory"], { SMARTENROLL_JWT_SECRET: "env-secret" });
  s.child.kill("SIGINT");
  expect(await exited(s.child)).toBe(0);
});

test("a missing secret or a bad flag is a clear error with a non-zero exit", () => {
  const env = { ...process.env };
  delete env.SMARTENROLL_JWT_SECRET;
  const noSecret = spawnSync(bin, ["server", "--port", "0"], { env, encoding: "utf8" });
  expect(noSecret.status).not.toBe(0);
  expect(noSecret.stderr).toContain("--jwt-secret");
  const badMode = spawnSync(bin, ["server", "--rate-limits", "maybe", "--jwt-secret", "x"], { env, encoding: "utf8" });
  expect(badMode.status).not.toBe(0);
  expect(badMode.stderr).toMatch(/maybe/);
  const noUser = spawnSync(bin, ["token", "--jwt-secret", "x"], { env, encoding: "utf8" });
  expect(noUser.status).not.toBe(0);
  expect(noUser.stderr).toContain("--user");
});
