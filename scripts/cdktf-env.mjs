// Runs an example CDKTF app against a local SmartEnroll API with nothing downloaded and nothing left behind:
// a temp provider mirror + CLI config, a local server on a free port, and a temp working directory per app
// (cdktf.json, cdktf.out and the local state live there, not in the repository). Used by `npm run demo`,
// `npm run bench:synth` and the example end-to-end tests.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist", "cli.js");
const cdktfBin = path.join(root, "node_modules", "cdktf-cli", "bundle", "bin", "cdktf");
const tsxBin = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

/** Environment that keeps terraform and cdktf off the network (no version checks, telemetry or crash reports). */
export const OFFLINE_ENV = {
  CHECKPOINT_DISABLE: "1",
  TF_IN_AUTOMATION: "1",
  TF_INPUT: "0",
  CDKTF_DISABLE_TELEMETRY: "1",
  DISABLE_VERSION_CHECK: "1",
  CI: "1",
  FORCE_COLOR: "0",
  NO_COLOR: "1",
};

/** Runs a command; resolves with its exit code and output (echoed live when `echo` is set). */
export function run(cmd, args, { cwd = root, env = process.env, echo = false, timeoutMs = 600_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGTERM"), timeoutMs);
    child.stdout.on("data", (d) => {
      stdout += d;
      if (echo) process.stdout.write(d);
    });
    child.stderr.on("data", (d) => {
      stderr += d;
      if (echo) process.stderr.write(d);
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, stdout, stderr });
    });
  });
}

async function runOk(cmd, args, opts) {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) throw new Error(`${path.basename(cmd)} ${args.join(" ")} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** Installs the provider into `dir/mirror` and writes `dir/terraform.rc` that reads smartenroll only from there. */
export async function installProvider(dir) {
  const mirror = path.join(dir, "mirror");
  mkdirSync(mirror, { recursive: true });
  await runOk(process.execPath, [cli, "install-provider", "--dir", mirror]);
  const cliConfigFile = path.join(dir, "terraform.rc");
  writeFileSync(
    cliConfigFile,
    `provider_installation {
  filesystem_mirror {
    path    = ${JSON.stringify(mirror)}
    include = ["registry.terraform.io/smartenroll/*"]
  }
  direct {
    exclude = ["registry.terraform.io/smartenroll/*"]
  }
}
`,
  );
  return cliConfigFile;
}

/** Starts `smartenroll server --port 0 --memory` with a fresh secret; returns its URL, a token and `stop()`. */
export async function startServer() {
  const secret = randomBytes(32).toString("hex");
  const child = spawn(process.execPath, [cli, "server", "--port", "0", "--memory", "--jwt-secret", secret, "--rate-limits", "off"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...OFFLINE_ENV },
  });
  let errors = "";
  child.stderr.on("data", (d) => (errors += d));
  const url = await new Promise((resolve, reject) => {
    let out = "";
    const onData = (d) => {
      out += d;
      const m = /listening on (\S+)/.exec(out);
      if (m) {
        child.stdout.off("data", onData);
        resolve(m[1].replace(/\/$/, ""));
      }
    };
    child.stdout.on("data", onData);
    child.on("exit", (code) => reject(new Error(`smartenroll server exited ${code}: ${errors}`)));
  });
  child.stdout.resume();
  const user = `demo-${randomBytes(3).toString("hex")}`;
  const { stdout } = await runOk(process.execPath, [cli, "token", "--jwt-secret", secret, "--user", user]);
  const token = stdout.trim();
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { url, token, user, stop, pid: child.pid };
}

/** Calls the API as the token's user; JSON in, JSON out. */
export async function api(server, method, pathname, body) {
  const res = await fetch(`${server.url}${pathname}`, {
    method,
    headers: { authorization: `Bearer ${server.token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** Every project the user has (all pages). */
export async function listProjects(server) {
  const out = [];
  for (let page = 1; ; page++) {
    const r = await api(server, "GET", `/v3/projects?limit=100&page=${page}`);
    if (r.status !== 200) throw new Error(`GET /v3/projects answered ${r.status}: ${JSON.stringify(r.body)}`);
    out.push(...r.body.data);
    if (page >= (r.body.pages ?? 1)) return out;
  }
}

/**
 * A temp working directory for the CDKTF app `entry` (a main.ts under examples/): cdktf.json there runs the app
 * with the repository's tsx, so cdktf.out and the local state stay in the temp directory.
 */
export function cdktfApp(entry, { cliConfigFile, server, env = {} } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "smartenroll-cdktf-"));
  mkdirSync(path.join(dir, "home"));
  writeFileSync(
    path.join(dir, "cdktf.json"),
    JSON.stringify({ language: "typescript", app: `"${process.execPath}" "${tsxBin}" --tsconfig "${path.join(root, "tsconfig.json")}" "${path.resolve(root, entry)}"`, terraformProviders: [], terraformModules: [], sendCrashReports: "false", context: {} }, null, 2),
  );
  const base = { ...process.env };
  for (const k of Object.keys(base)) if (/^(TF_|SMARTENROLL_)/.test(k)) delete base[k];
  const appEnv = {
    ...base,
    ...OFFLINE_ENV,
    // cdktf keeps a per-user config folder under HOME; a private one keeps the demo from leaving it behind.
    HOME: path.join(dir, "home"),
    ...(cliConfigFile ? { TF_CLI_CONFIG_FILE: cliConfigFile } : {}),
    ...(server ? { SMARTENROLL_BASE_URL: server.url, SMARTENROLL_TOKEN: server.token } : {}),
    ...env,
  };
  return {
    dir,
    env: appEnv,
    /** Runs `cdktf <args>` in the app's directory. */
    cdktf: (args, opts = {}) => run(process.execPath, [cdktfBin, ...args], { cwd: dir, env: { ...appEnv, ...(opts.env ?? {}) }, echo: opts.echo, timeoutMs: opts.timeoutMs }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
