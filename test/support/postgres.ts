/**
 * A real PostgreSQL for tests: `initdb` into a temp folder, `pg_ctl start` on 127.0.0.1 and a free port (trust
 * auth, loopback only), `stop()` with `pg_ctl stop -m fast`. As root it runs the server as the `postgres` user
 * (PostgreSQL refuses to run as root).
 */
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { freePort } from "./free-port";
import { run } from "./run";
import { tempDir } from "./terraform";

/** A running PostgreSQL: its `postgres://` URL (database `postgres`, user `smartenroll`) and `stop()`. */
export interface TestPostgres {
  url: string;
  version: string;
  stop(): Promise<void>;
}

/** The folder holding initdb and pg_ctl: on PATH, else the newest /usr/lib/postgresql/<major>/bin (Debian). */
export function postgresBinDir(): string {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"))) return dir;
  }
  const base = "/usr/lib/postgresql";
  const majors = existsSync(base) ? readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const m of majors) if (existsSync(path.join(base, m, "bin", "initdb"))) return path.join(base, m, "bin");
  throw new Error("PostgreSQL's initdb/pg_ctl were not found on PATH or in /usr/lib/postgresql/*/bin (.ci/run installs Debian's postgresql package)");
}

/** Starts a fresh cluster; throws with initdb's or the server's output when it cannot. */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBinDir();
  const base = tempDir("pg");
  chmodSync(base, 0o755);
  const data = path.join(base, "data");
  mkdirSync(data);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync("chown", ["-R", "postgres:postgres", base]);
  const as = (cmd: string, args: string[]) => (asRoot ? run("runuser", ["-u", "postgres", "--", cmd, ...args], { timeoutMs: 60_000 }) : run(cmd, args, { timeoutMs: 60_000 }));
  const ok = async (cmd: string, args: string[]) => {
    const r = await as(path.join(bin, cmd), args);
    if (r.code !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
    return r;
  };
  const version = (await ok("pg_ctl", ["--version"])).stdout.trim();
  await ok("initdb", ["-D", data, "-U", "smartenroll", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  const port = await freePort();
  const options = `-h 127.0.0.1 -p ${port} -k ${base} -c fsync=off`;
  await ok("pg_ctl", ["start", "-w", "-t", "60", "-D", data, "-l", path.join(base, "server.log"), "-o", options]);
  return {
    url: `postgres://smartenroll@127.0.0.1:${port}/postgres?sslmode=disable`,
    version,
    stop: async () => {
      await as(path.join(bin, "pg_ctl"), ["stop", "-m", "fast", "-w", "-D", data]);
    },
  };
}
