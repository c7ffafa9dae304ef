// Prints the folder of the pinned Node.js release for a platform (default: this machine's), fetching it once.
// usage: tsx scripts/node-runtime.ts [linux_amd64|linux_arm64|darwin_amd64|darwin_arm64]
import { currentPlatform, ensureNodeRuntime, type RuntimePlatform } from "../src/packaging/node-runtime";

console.log(ensureNodeRuntime((process.argv[2] as RuntimePlatform | undefined) ?? currentPlatform()));
