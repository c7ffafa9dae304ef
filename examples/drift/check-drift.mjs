#!/usr/bin/env node
// Scheduled drift check for a synthesized CDKTF stack: plans against the live API and reports what changed
// outside Terraform. Run `cdktf synth` first, then:
//
//   node check-drift.mjs [--stack drift] [--dir .]
//
// Exit code 0: no drift; 2: drift (printed as resource, attribute, recorded value → live value); 1: error.
// Needs only terraform on PATH and the provider's credentials in the environment (SMARTENROLL_TOKEN, …).
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const stack = opt("--stack", "drift");
const stackDir = path.resolve(opt("--dir", "."), "cdktf.out", "stacks", stack);

function terraform(tfArgs) {
  const r = spawnSync("terraform", tfArgs, { cwd: stackDir, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, env: { ...process.env, TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" } });
  if (r.error) throw r.error;
  return r;
}

/** Leaf paths where `a` and `b` differ, as [path, before, after]. */
export function differences(a, b, at = "") {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const isObj = (v) => typeof v === "object" && v !== null;
  if (!isObj(a) || !isObj(b) || Array.isArray(a) !== Array.isArray(b)) return [[at || "(whole object)", a, b]];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((k) => differences(a[k], b[k], Array.isArray(a) ? `${at}[${k}]` : at ? `${at}.${k}` : k));
}

/** True when `unknown` (a plan's after_unknown) marks the value at `p` (as printed by differences) as unknown. */
function isUnknown(unknown, p) {
  let v = unknown;
  for (const key of p.match(/[^.[\]]+/g) ?? []) {
    if (v === true) return true;
    if (typeof v !== "object" || v === null) return false;
    v = v[key];
  }
  return v === true;
}

const show = (v) => (v === undefined ? "(unset)" : JSON.stringify(v));

function main() {
  if (!existsSync(path.join(stackDir, "cdk.tf.json"))) {
    console.error(`no synthesized stack at ${stackDir}: run \`cdktf synth\` first`);
    return 1;
  }
  const init = terraform(["init", "-input=false", "-no-color"]);
  if (init.status !== 0) {
    console.error(init.stdout + init.stderr);
    return 1;
  }
  const planFile = "drift.tfplan";
  const plan = terraform(["plan", "-detailed-exitcode", "-input=false", "-no-color", "-lock=false", `-out=${planFile}`]);
  try {
    if (plan.status === 1) {
      console.error(plan.stdout + plan.stderr);
      return 1;
    }
    const shown = terraform(["show", "-json", "-no-color", planFile]);
    if (shown.status !== 0) {
      console.error(shown.stderr);
      return 1;
    }
    const json = JSON.parse(shown.stdout);
    const planned = new Map((json.resource_changes ?? []).filter((r) => r.mode === "managed").map((r) => [r.address, r]));
    const pending = [...planned.values()].filter((r) => !r.change.actions.every((a) => a === "no-op"));
    // Drift that matters: values changed outside Terraform that the next deploy would set back.
    const drifted = [];
    for (const r of (json.resource_drift ?? []).filter((d) => d.mode === "managed")) {
      if (r.change.actions.includes("delete")) {
        drifted.push({ address: r.address, deleted: true });
        continue;
      }
      const c = planned.get(r.address)?.change;
      const reverted = new Set(c ? differences(c.before, c.after).filter(([p]) => !isUnknown(c.after_unknown, p)).map(([p]) => p) : []);
      const fields = differences(r.change.before, r.change.after).filter(([p]) => reverted.has(p));
      if (fields.length > 0) drifted.push({ address: r.address, fields });
    }
    if (drifted.length === 0 && pending.length === 0) {
      console.log(`No drift: stack "${stack}" matches the live API.`);
      return 0;
    }
    console.log(`Drift detected in stack "${stack}": ${drifted.length} resource(s) changed outside Terraform.`);
    for (const d of drifted) {
      if (d.deleted) {
        console.log(`  - ${d.address}: deleted outside Terraform`);
        continue;
      }
      console.log(`  ~ ${d.address}:`);
      for (const [p, before, after] of d.fields) console.log(`      ${p}: ${show(before)} → ${show(after)}`);
    }
    if (pending.length > 0) {
      console.log(`\`cdktf deploy\` would change ${pending.length} resource(s) to match the code again:`);
      for (const r of pending) console.log(`  ${r.change.actions.join("+")} ${r.address}`);
    }
    return 2;
  } finally {
    rmSync(path.join(stackDir, planFile), { force: true });
  }
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`drift check failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
