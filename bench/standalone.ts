// `npm run bench:standalone` (builds first): spawn → handshake of this machine's standalone provider executable, next
// to the launcher (node on PATH) and the Go anchor (../shared/bench/refgo), in interleaved rounds; medians of each and
// of the per-round ratios, in wall and CPU time. Definitions in bench/README.md. Exits 0 whatever it measures.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { installProvider } from "../src/packaging/install";
import { currentPlatform, NODE_RUNTIME_VERSION } from "../src/packaging/node-runtime";
import { ensureStandalone, STANDALONE_PLATFORMS, type StandalonePlatform } from "../src/packaging/standalone";
import { makeServerCertificate } from "../src/plugin/server/self-signed-cert";
import { removeTempDirs, ROOT, tempDir } from "../test/support/terraform";
import { median } from "./ratios";
import { handshakeTimes, MAGIC_COOKIE, nodeNoop, type StartTimes } from "./starts";

const ROUNDS = Number(process.env.ROUNDS ?? 21);

/** The Go anchor: `$REFGO`, else built with `$REFGO_BUILD` (default ../shared/bench/refgo/build.sh beside this checkout's parent). */
function refgo(): string {
  if (process.env.REFGO) return process.env.REFGO;
  const script = process.env.REFGO_BUILD ?? [path.join(ROOT, "../shared/bench/refgo/build.sh"), path.join(ROOT, "../../shared/bench/refgo/build.sh")].find(existsSync);
  if (!script) throw new Error("set REFGO (the refgo executable) or REFGO_BUILD (its build.sh)");
  return execFileSync(script, [tempDir("refgo")], { encoding: "utf8" }).trim().split("\n").pop()!;
}

async function main(): Promise<void> {
  const platform = currentPlatform();
  if (!(STANDALONE_PLATFORMS as readonly string[]).includes(platform)) throw new Error(`no standalone executable for ${platform}`);
  const exe = await ensureStandalone(platform as StandalonePlatform, ROOT);
  const launcherDir = installProvider(tempDir("launcher"), ROOT);
  const launcher = path.join(launcherDir, readdirSync(launcherDir).find((f) => f.startsWith("terraform-provider-"))!);
  const go = refgo();
  // Terraform's variables, this machine's environment (NODE_EXTRA_CA_CERTS included), a HOME of its own.
  const env = { ...process.env, HOME: tempDir("home"), TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE, PLUGIN_PROTOCOL_VERSIONS: "5,6", PLUGIN_CLIENT_CERT: (await makeServerCertificate()).certPem };
  const sides: Record<string, () => Promise<StartTimes>> = {
    standalone: () => handshakeTimes(exe.file, env),
    launcher: () => handshakeTimes(launcher, env),
    refgo: () => handshakeTimes(go, env),
    "node -e 0": async () => ({ wall: await nodeNoop() }),
  };
  // Not counted: the first starts write the day's TLS certificate and the launcher's code cache.
  for (const measure of Object.values(sides)) await measure();
  await new Promise((r) => setTimeout(r, 1500));
  const times: Record<string, StartTimes[]> = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
  for (let i = 0; i < ROUNDS; i++) for (const [name, measure] of Object.entries(sides)) times[name].push(await measure());
  const ratio = (a: string, b: string) => median(times[a].map((x, i) => x.wall / times[b][i].wall));
  const cpu = (name: string) => (times[name][0].cpu === undefined ? "–" : `${median(times[name].map((t) => t.cpu!)).toFixed(0)} ms`);
  const cpuRatio = (name: string) => (times[name][0].cpu === undefined ? "–" : `${median(times[name].map((t, i) => t.cpu! / times.refgo[i].cpu!)).toFixed(2)}×`);
  console.log(`| spawn → handshake (${platform}) | wall | ÷ refgo | ÷ node -e 0 | CPU | CPU ÷ refgo |`);
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const name of Object.keys(sides)) {
    const wall = median(times[name].map((t) => t.wall));
    console.log(`| ${name} | ${wall.toFixed(0)} ms | ${ratio(name, "refgo").toFixed(2)}× | ${ratio(name, "node -e 0").toFixed(2)}× | ${cpu(name)} | ${cpuRatio(name)} |`);
  }
  console.log(`(${ROUNDS} interleaved rounds, medians of times and of per-round ratios; standalone: Node.js ${NODE_RUNTIME_VERSION} SEA with ${exe.startup === "snapshot" ? "a startup snapshot" : "no snapshot"}; launcher: node ${process.version} on PATH)`);
}

main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(removeTempDirs);
