import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { setFlagsFromString } from "node:v8";

/** undici's diagnostics channels (also those of Node's built-in fetch): a connection starts, a request ends. */
const CONNECT = "undici:client:beforeConnect";
const ENDS = ["undici:request:headers", "undici:request:error", "undici:client:connectError"];

/**
 * Runs the process's first HTTP request with V8's optimizing WebAssembly tier off. undici compiles its HTTP
 * parser (llhttp, WebAssembly) at its first connection, and V8 would then optimize it on a background thread
 * that process exit waits for: ~200 ms at every Terraform shutdown after an API call. The flags are restored
 * when that request gets its answer (or fails), since V8's flags are part of every code cache key (Node's
 * builtins, the provider's). Process-wide and client-agnostic: it listens to undici's diagnostics channels.
 */
export function liftoffOnlyForFirstRequest(): void {
  const restore = () => {
    for (const name of ENDS) unsubscribe(name, restore);
    // --liftoff-only also switched these two off; V8's defaults turn them on.
    setFlagsFromString("--no-liftoff-only --wasm-tier-up --wasm-dynamic-tiering");
  };
  const start = () => {
    unsubscribe(CONNECT, start);
    setFlagsFromString("--liftoff-only");
    for (const name of ENDS) subscribe(name, restore);
  };
  subscribe(CONNECT, start);
}
