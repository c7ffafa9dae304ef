import { version } from "../../package.json";
import { serve } from "../plugin";
import { PROVIDER_ADDRESS } from "./address";
import { stderrLogger } from "./stderr-log";

// The provider (model, client) loads on the first RPC, after the handshake, keeping startup lean.
serve(async () => new (await import("./provider")).SmartEnrollProvider(version, process.env, stderrLogger), { address: PROVIDER_ADDRESS });
