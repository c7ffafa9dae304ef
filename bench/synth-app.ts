// The app `npm run bench:synth` synthesizes: KYC_PROJECTS KycProjects (the seed's complete project, renamed).
import { App, TerraformStack } from "cdktf";
import { SmartenrollProvider } from "../lib/provider";
import { KycProject } from "../src/constructs";
import { seedProps } from "../test/support/seed";

const count = Number(process.env.KYC_PROJECTS ?? "1");
const app = new App();
const stack = new TerraformStack(app, "bench");
new SmartenrollProvider(stack, "smartenroll");
for (let i = 0; i < count; i++) new KycProject(stack, `Project${i}`, { ...seedProps(), name: `Onboarding ${i}` });
const started = performance.now();
app.synth();
// The in-process part (construct tree → JSON, validation included), for comparison with the CLI's wall time.
console.error(`in-process synth: ${(performance.now() - started).toFixed(0)} ms`);
