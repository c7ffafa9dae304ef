import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { privateCacheDir } from "../launch/cache-dir";
import type { ServerCertificate } from "./self-signed-cert";
import { generateServerKeys } from "./server-keys";

/** How long one key and certificate serve the starts of one user (the certificate itself is valid 30 days). */
export const REUSE_FOR_MS = 86_400_000;
const FILE = "server-certificate.json";

interface Stored {
  readonly keyPem: string;
  readonly certPem: string;
  readonly certDer: string;
  readonly createdAt: number;
}

/**
 * The plugin server's key and certificate: the one this user's provider starts made in the last 24 hours
 * (from the private cache folder the code cache lives in), else a fresh one, saved there for the next starts.
 * Generating costs ~20 ms per start (loading @peculiar/x509, ASN.1, signing); reading the file ~0.1 ms.
 * Without a usable cache folder every start generates its own, as go-plugin does.
 */
export function serverCertificate(env: NodeJS.ProcessEnv = process.env, now = Date.now()): Promise<ServerCertificate> {
  const dir = privateCacheDir("tls", env);
  const file = dir && path.join(dir, FILE);
  const cached = file ? readStored(file, now) : undefined;
  if (cached) return Promise.resolve(cached);
  // Key generation runs on libuv's thread pool while the main thread loads @peculiar/x509 (and the gRPC server).
  const keys = generateServerKeys();
  return import("./self-signed-cert").then(async ({ makeServerCertificate }) => {
    const cert = await makeServerCertificate(keys, new Date(now));
    if (file) save(file, cert, now);
    return cert;
  });
}

function readStored(file: string, now: number): ServerCertificate | undefined {
  try {
    const st = statSync(file);
    if ((st.mode & 0o077) !== 0 || (typeof process.getuid === "function" && st.uid !== process.getuid())) return undefined;
    const s = JSON.parse(readFileSync(file, "utf8")) as Partial<Stored>;
    const fresh = typeof s.createdAt === "number" && s.createdAt <= now && now - s.createdAt < REUSE_FOR_MS;
    if (!fresh || typeof s.keyPem !== "string" || typeof s.certPem !== "string" || typeof s.certDer !== "string") return undefined;
    return { keyPem: s.keyPem, certPem: s.certPem, certDer: Buffer.from(s.certDer, "base64") };
  } catch {
    return undefined;
  }
}

/** Written atomically: concurrent starts each write a whole file, the last rename wins. */
function save(file: string, cert: ServerCertificate, now: number): void {
  try {
    const stored: Stored = { keyPem: cert.keyPem, certPem: cert.certPem, certDer: cert.certDer.toString("base64"), createdAt: now };
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(stored), { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    // The next start generates again.
  }
}
