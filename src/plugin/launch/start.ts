// The provider's entry point: `node start.js BUNDLE [ARGS…]`, run by bin/terraform-provider-smartenroll.
// Bundled for old Node.js syntax, so a too-old node still gets this far and Terraform shows the message.
import { setFlagsFromString } from "node:v8";
import { runBundle } from "./code-cache";
import { nodeVersionProblem } from "./node-version";

const problem = nodeVersionProblem(process.version);
if (problem) {
  process.stdout.write(problem + "\n");
  process.exit(1);
}
const bundle = process.argv[2];
if (!bundle) {
  process.stdout.write("usage: node start.js BUNDLE [ARGS...] (the provider launcher runs this)\n");
  process.exit(1);
}
process.argv.splice(1, 1);
// undici parses HTTP with WebAssembly, and V8 recompiles that module with its optimizing tier in the background;
// process exit waits for the compile: ~200 ms at every Terraform shutdown after an API call. Liftoff alone
// parses API responses fast enough. Set before the bundle is compiled, so the code cache sees the same flags.
setFlagsFromString("--liftoff-only");
const outcome = runBundle(bundle);
if (/^(trace|debug)$/i.test(process.env.TF_LOG ?? "")) process.stderr.write(`[DEBUG] provider code cache: ${outcome}\n`);
