import { version } from "../../package.json";
import { serve } from "../plugin/server/serve";
import { isStandalone, serveStandalone } from "../plugin/launch/standalone";
import { PROVIDER_ADDRESS } from "./address";
import { stderrLogger } from "./stderr-log";

// The provider (model, client) loads on the first RPC that needs it, after the handshake, keeping startup lean; the
// plugin layer is imported by its serve module alone, not its index, so nothing else of it runs before then.
const createProvider = async () => new (await import("./provider")).SmartEnrollProvider(version, process.env, stderrLogger);
// One bundle for both: run by the launcher's start.js (node on PATH), or as a standalone executable's main script.
(isStandalone() ? serveStandalone : serve)(createProvider, { address: PROVIDER_ADDRESS });
