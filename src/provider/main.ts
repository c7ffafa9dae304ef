import { version } from "../../package.json";
import { serve } from "../plugin";
import { PROVIDER_ADDRESS } from "./address";

// The provider (model, client) loads on the first RPC, after the handshake, keeping startup lean.
serve(async () => new (await import("./provider")).SmartEnrollProvider(version), { address: PROVIDER_ADDRESS });
