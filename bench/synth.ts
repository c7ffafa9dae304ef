// `npm run bench:synth`: wall time of `cdktf synth` (real cdktf CLI) for apps with 1, 100 and 500 KycProjects.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const CDKTF = path.join(ROOT, "node_modules", "cdktf-cli", "bundle", "bin", "cdktf");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const sizes = (process.env.BENCH_SIZES ?? "1,100,500").split(",").map(Number);

const rows: string[] = [];
for (const n of sizes) {
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
    const inProcess = /in-process synth: (\d+) ms/.exec(r.stdout + r.stderr)?.[1] ?? "?";
    const size = statSync(path.join(dir, "cdktf.out", "stacks", "bench", "cdk.tf.json")).size;
    rows.push(`| ${n} | ${n * 3} | ${(ms / 1000).toFixed(1)} s | ${inProcess} ms | ${(size / 1024).toFixed(0)} KiB |`);
    console.error(`${n} projects: ${(ms / 1000).toFixed(1)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(["| KycProjects | resources | `cdktf synth` wall time | in-process synth | cdk.tf.json |", "|---:|---:|---:|---:|---:|", ...rows].join("\n"));
