/**
 * The GitHub Actions examples: the provider comes from `smartenroll setup` (never the public registry), the PR job
 * posts `review --format markdown` to the summary and a PR comment and fails on high findings, the scheduled job
 * fails on drift; every `smartenroll` flag they use exists in the real CLI.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { run } from "../support/run";
import { ROOT } from "../support/terraform";

const dir = path.join(ROOT, "examples", "ci", "github-actions");
const workflow = (name: string) => readFileSync(path.join(dir, name), "utf8");
const index = (text: string, s: string) => {
  const i = text.indexOf(s);
  if (i < 0) throw new Error(`"${s}" not found`);
  return i;
};

test.each(["review.yml", "drift.yml"])("%s installs the provider with smartenroll setup before synth, never from the registry", (name) => {
  const w = workflow(name);
  expect(index(w, "npx smartenroll setup")).toBeLessThan(index(w, "npx cdktn synth"));
  expect(w).not.toMatch(/registry\.terraform\.io|terraform init[^\n]*-upgrade|install-provider/);
});

test("review.yml: synth → plan → review --format markdown to the job summary and a PR comment; high findings fail the job", () => {
  const w = workflow("review.yml");
  const order = ["npx cdktn synth", "terraform plan -input=false -out=plan.tfplan", "terraform show -json plan.tfplan", "npx smartenroll review --plan-json", "gh pr comment", "exit 1"];
  const at = order.map((s) => index(w, s));
  expect(at).toEqual([...at].sort((a, b) => a - b));
  expect(w).toContain("--format markdown --fail-on high");
  expect(w).toContain('>> "$GITHUB_STEP_SUMMARY"');
  expect(w).toContain("pull-requests: write");
});

test("drift.yml: scheduled, drift --stack --format markdown into the summary, the job fails on drift", () => {
  const w = workflow("drift.yml");
  expect(w).toMatch(/schedule:\n\s+- cron:/);
  expect(w).toMatch(/run: npx smartenroll drift --stack "\$STACK" --format markdown --json-out \S+ >> "\$GITHUB_STEP_SUMMARY"\n/);
  expect(w).not.toContain("set +e");
});

test("every smartenroll flag the workflows use exists in the CLI", async () => {
  const uses = new Map<string, Set<string>>();
  for (const name of ["review.yml", "drift.yml"])
    for (const m of workflow(name).matchAll(/npx smartenroll (\w[\w-]*)([^\n|>]*)/g)) {
      const flags = uses.get(m[1]) ?? new Set<string>();
      for (const f of m[2].matchAll(/--[a-z-]+/g)) flags.add(f[0]);
      uses.set(m[1], flags);
    }
  expect([...uses.keys()].sort()).toEqual(["drift", "review", "setup"]);
  for (const [cmd, flags] of uses) {
    const help = await run(path.join(ROOT, "bin", "smartenroll"), [cmd, "--help"], { env: process.env, timeoutMs: 60_000 });
    expect(help.code).toBe(0);
    for (const f of flags) expect(`${cmd} ${help.stdout.includes(f) ? f : `(missing) ${f}`}`).toBe(`${cmd} ${f}`);
  }
});
