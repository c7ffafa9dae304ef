// The `smartenroll-iac` package: the L2 constructs, the provider block, and the generated L1 bindings as namespaces
// (`project`, `projectFlow`, …; each also importable from `smartenroll-iac/lib/<resource>`). Built for cdktf, and a
// second time for cdktn as `smartenroll-iac/cdktn` (scripts/build-cdktn.mjs).
import { requireCdkLibrary } from "./constructs/library-check";

requireCdkLibrary();
export * from "./constructs";
export { SmartenrollProvider, type SmartenrollProviderConfig } from "./packaging/smartenroll-provider";
export * from "../lib";
