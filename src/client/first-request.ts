import { setFlagsFromString } from "node:v8";

let started = false;

/**
 * Sends the process's first HTTP request with V8's optimizing WebAssembly tier off. undici compiles its HTTP
 * parser (llhttp, WebAssembly) at its first connection, and V8 would then optimize it on a background thread
 * that process exit waits for: ~200 ms at every Terraform shutdown after an API call. The flag is restored
 * when that request settles, since V8's flags are part of every code cache key (Node's builtins, the provider's).
 */
export async function firstRequestLiftoffOnly<T>(send: () => Promise<T>): Promise<T> {
  if (started) return send();
  started = true;
  setFlagsFromString("--liftoff-only");
  try {
    return await send();
  } finally {
    // --liftoff-only also switched these two off; V8's defaults turn them on.
    setFlagsFromString("--no-liftoff-only --wasm-tier-up --wasm-dynamic-tiering");
  }
}
