/** Runs the real `smartenroll` command (the built bundle through bin/smartenroll) the way a user does. */
import path from "node:path";
import { run, type RunResult } from "../support/run";
import { ROOT, type Workspace } from "../support/terraform";
import type { Report } from "../../src/gitops/report";

/** `smartenroll <args>` with a workspace's environment (its terraform CLI config, data dir and API target). */
export function smartenroll(args: string[], ws?: Workspace, opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return run(path.join(ROOT, "bin/smartenroll"), args, { cwd: opts.cwd ?? ws?.dir ?? ROOT, env: opts.env ?? ws?.env() ?? process.env, timeoutMs: 180_000 });
}

/** Parses `--format json` output, failing with the command's output when it is not a report. */
export function reportOf(r: RunResult): Report {
  try {
    return JSON.parse(r.stdout) as Report;
  } catch {
    throw new Error(`not a JSON report (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
}

/** Rule ids a project of the report tripped, sorted and unique. */
export function rulesOf(report: Report, projectName: string): string[] | undefined {
  const p = report.projects.find((x) => x.name === projectName);
  return p && [...new Set(p.findings.map((f) => f.rule))].sort();
}

/** Replaces API ids (24 hex characters) so output can be pinned. */
export const withoutIds = (s: string) => s.replace(/[0-9a-f]{24}/g, "<id>");
