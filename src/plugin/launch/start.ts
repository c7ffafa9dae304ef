// The provider's entry point: `node --use-openssl-ca start.js BUNDLE [ARGS…]`, run by the provider's launcher.
// Bundled for old Node.js syntax, so a too-old node still gets this far and Terraform shows the message.
import { runBundle } from "./code-cache";
import { emptyDefaultTrust } from "./default-trust";
import { LAUNCHER_MARK } from "./launcher-mark";
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
emptyDefaultTrust();
(globalThis as Record<symbol, unknown>)[LAUNCHER_MARK] = true;
const outcome = runBundle(bundle);
if (/^(trace|debug)$/i.test(process.env.TF_LOG ?? "")) process.stderr.write(`[DEBUG] provider code cache: ${outcome}\n`);
