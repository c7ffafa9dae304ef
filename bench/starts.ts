// Process starts as the benchmarks time them: a provider's spawn → handshake line, and a bare `node -e 0`.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** Terraform's go-plugin magic cookie: a provider started without it explains itself and exits. */
export const MAGIC_COOKIE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";

/** `node -e 0` without NODE_EXTRA_CA_CERTS, spawn to exit, in ms. */
export function nodeNoop(): Promise<number> {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return new Promise((resolve) => {
    const t0 = performance.now();
    spawn(process.execPath, ["-e", "0"], { env, stdio: "ignore" }).on("close", () => resolve(performance.now() - t0));
  });
}

/** What one start cost: wall time, and CPU time of all its threads (Linux, from /proc) up to the handshake line. */
export interface StartTimes {
  readonly wall: number;
  readonly cpu?: number;
}

/** A provider executable as Terraform runs it (`env` holds Terraform's variables), spawn to handshake line, in ms. */
export function handshake(exe: string, env: NodeJS.ProcessEnv, lingerMs = 0): Promise<number> {
  return handshakeTimes(exe, env, lingerMs).then((t) => t.wall);
}

/** {@link handshake} with the CPU time the process used until then (less swayed by other load than wall time). */
export function handshakeTimes(exe: string, env: NodeJS.ProcessEnv, lingerMs = 0): Promise<StartTimes> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(exe, [], { env, stdio: ["ignore", "pipe", "ignore"] });
    p.stdout.once("data", (d: Buffer) => {
      const wall = performance.now() - t0;
      const cpu = p.pid ? cpuMs(p.pid) : undefined;
      setTimeout(() => p.kill("SIGKILL"), lingerMs);
      if (d.toString().startsWith("1|")) resolve({ wall, cpu });
      else reject(new Error(`unexpected handshake from ${exe}: ${d}`));
    });
    p.on("error", reject);
  });
}

/** CPU time of all threads of `pid` so far, in ms (`/proc/PID/task/TID/schedstat`), or undefined off Linux. */
function cpuMs(pid: number): number | undefined {
  try {
    const tasks = readdirSync(`/proc/${pid}/task`);
    return tasks.reduce((sum, t) => sum + Number(readFileSync(`/proc/${pid}/task/${t}/schedstat`, "utf8").split(" ")[0]), 0) / 1e6;
  } catch {
    return undefined;
  }
}
