// `npm run bench:synth`: wall time of `cdktf synth` (real cdktf CLI) for apps with 1, 100 and 500 KycProjects.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const CDKTF = path.join(ROOT, "node_modules", "cdktf-cli", "bundle", "bin", "cdktf");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const sizes = (process.env.BENCH_SIZES ?? "1,100,500").split(",").map(Number);
const runs = Number(process.env.BENCH_RUNS ?? "3");

/** One `cdktf synth` of an app with `n` projects: wall time, the app's own synth time and the output size. */
function synthOnce(n: number): { ms: number; inProcessMs: number; bytes: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "se-bench-synth-"));
  try {
    mkdirSync(path.join(dir, "home"));
    writeFileSync(
      path.join(dir, "cdktf.json"),
      JSON.stringify({ language: "typescript", app: `"${process.execPath}" "${TSX}" "${path.join(ROOT, "bench", "synth-app.ts")}"`, terraformProviders: [], sendCrashReports: "false" }),
    );
    const started = performance.now();
    const r = spawnSync(process.execPath, [CDKTF, "synth"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, HOME: path.join(dir, "home"), KYC_PROJECTS: String(n), CHECKPOINT_DISABLE: "1", CI: "1", NO_COLOR: "1" },
    });
    const ms = performance.now() - started;
    if (r.status !== 0) throw new Error(`cdktf synth with ${n} projects exited ${r.status}\n${r.stdout}\n${r.stderr}`);
    const inProcessMs = Number(/in-process synth: (\d+) ms/.exec(r.stdout + r.stderr)?.[1] ?? NaN);
    const bytes = statSync(path.join(dir, "cdktf.out", "stacks", "bench", "cdk.tf.json")).size;
    return { ms, inProcessMs, bytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

synthOnce(1); // warm-up: tsx's compile cache and the file system cache, not measured
const rows: string[] = [];
for (const n of sizes) {
  const samples = Array.from({ length: runs }, () => synthOnce(n));
  const ms = median(samples.map((s) => s.ms));
  const inProcess = median(samples.map((s) => s.inProcessMs));
  rows.push(`| ${n} | ${n * 3} | ${(ms / 1000).toFixed(1)} s | ${inProcess.toFixed(0)} ms | ${(samples[0].bytes / 1024).toFixed(0)} KiB |`);
  console.error(`${n} projects: ${samples.map((s) => (s.ms / 1000).toFixed(1)).join(" / ")} s`);
}
console.log(`median of ${runs} runs after one warm-up; cdktf-cli ${require("cdktf-cli/package.json").version}, node ${process.version}`);
console.log(["| KycProjects | resources | `cdktf synth` wall time | in-process synth | cdk.tf.json |", "|---:|---:|---:|---:|---:|", ...rows].join("\n"));
