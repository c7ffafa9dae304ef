import { version } from "../../package.json";
import { serve } from "../plugin";
import { PROVIDER_ADDRESS, SmartEnrollProvider } from "./provider";

serve(() => new SmartEnrollProvider(version), { address: PROVIDER_ADDRESS });
