import type { LogLevel } from "../client";

/**
 * Writes the client's log lines to stderr in the go-hclog style Terraform turns into TF_LOG levels. Only the
 * plugin process installs it: there Terraform reads stderr and keeps the lines the chosen level allows.
 */
export function stderrLogger(level: LogLevel, msg: string): void {
  process.stderr.write(`[${level.toUpperCase()}] smartenroll: ${msg}\n`);
}
