import { Command, InvalidArgumentError, Option } from "commander";
import { RATE_WINDOW_MS } from "../model/contract";
import { jwtSecretOf, withJwtSecret } from "./jwt-secret";
import { sqliteProblem } from "./sqlite-check";

const port = (v: string) => {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535) throw new InvalidArgumentError("must be a port number (0 picks a free port)");
  return n;
};
const positive = (v: string) => {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1) throw new InvalidArgumentError("must be a positive integer");
  return n;
};

/** The server module, loaded on use: it needs better-sqlite3, an optional dependency of the installed package. */
async function loadServer(): Promise<typeof import("../server")> {
  const problem = await sqliteProblem();
  if (problem) throw new Error(problem);
  return import("../server");
}

/** `smartenroll server`: runs the local SmartEnroll API server until SIGINT/SIGTERM. */
export function register(program: Command): void {
  withJwtSecret(program.command("server").description("run the local SmartEnroll API server (same HTTP contract as the hosted API)"), "that tokens are signed with")
    .option("--port <port>", "TCP port (0 picks a free one)", port, 8080)
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .addOption(new Option("--db <file>", "SQLite file to keep data in").conflicts("memory"))
    .option("--memory", "keep data in memory only (the default)")
    .addOption(new Option("--rate-limits <mode>", "enforce per-user rate limits").choices(["on", "off"]).default("on"))
    .option("--rate-window-ms <ms>", "rate-limit window in milliseconds", positive, RATE_WINDOW_MS)
    .option("--request-log-size <n>", "requests kept in the /_emulator/requests log (oldest dropped first)", positive, 10000)
    .action(async (o: { port: number; host: string; db?: string; jwtSecret?: string; secret?: string; rateLimits: string; rateWindowMs: number; requestLogSize: number }) => {
      const jwtSecret = jwtSecretOf(o);
      const { startServer } = await loadServer();
      const srv = await startServer({
        port: o.port, host: o.host, dbFile: o.db, jwtSecret,
        adminToken: process.env.SMARTENROLL_ADMIN_TOKEN || undefined,
        rateLimits: o.rateLimits === "on", rateWindowMs: o.rateWindowMs, requestLogSize: o.requestLogSize,
      });
      const stop = (signal: string) => {
        process.stderr.write(`received ${signal}, shutting down\n`);
        srv.close().then(() => process.exit(0), (e: unknown) => {
          console.error(e);
          process.exit(1);
        });
      };
      // Handlers first: whoever reads the address below may signal the process at once.
      process.once("SIGINT", () => stop("SIGINT"));
      process.once("SIGTERM", () => stop("SIGTERM"));
      console.log(`SmartEnroll API server listening on ${srv.url}`);
      console.log(`Emulator admin token: ${srv.adminToken}`);
    });
}
