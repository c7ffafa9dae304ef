// Process starts as the benchmarks time them: a provider's spawn → handshake line, and a bare `node -e 0`.
import { spawn } from "node:child_process";

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

/** A provider executable as Terraform runs it (`env` holds Terraform's variables), spawn to handshake line, in ms. */
export function handshake(exe: string, env: NodeJS.ProcessEnv, lingerMs = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(exe, [], { env, stdio: ["ignore", "pipe", "ignore"] });
    p.stdout.once("data", (d: Buffer) => {
      const t = performance.now() - t0;
      setTimeout(() => p.kill("SIGKILL"), lingerMs);
      if (d.toString().startsWith("1|")) resolve(t);
      else reject(new Error(`unexpected handshake from ${exe}: ${d}`));
    });
    p.on("error", reject);
  });
}
