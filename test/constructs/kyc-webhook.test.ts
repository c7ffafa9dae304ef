/** KycProject's `webhook` prop: a webhook created for the flow, or an existing one referenced by id. */
import "cdktf/lib/testing/adapters/jest";
import { TerraformStack, Testing } from "cdktf";
import { KycProject, type KycProjectProps } from "../../src/constructs";
import { SmartenrollProvider } from "../../lib/provider";
import { seedProps } from "../support/seed";
import { synthErrors as errorsOf, synthJson } from "../support/synth";

function stackWith(props: KycProjectProps): { stack: TerraformStack; kyc: KycProject } {
  const stack = new TerraformStack(Testing.app(), "test");
  new SmartenrollProvider(stack, "smartenroll");
  return { stack, kyc: new KycProject(stack, "Kyc", props) };
}

function synth(props: KycProjectProps): { json: Record<string, any>; kyc: KycProject } {
  const { stack, kyc } = stackWith(props);
  return { json: synthJson(stack), kyc };
}

const synthErrors = (props: KycProjectProps) => errorsOf(stackWith(props).stack).join("\n");

const flowOf = (json: Record<string, any>) => Object.values(json.resource.smartenroll_project_flow)[0] as Record<string, any>;
const MISSING = { ...seedProps().integrations, webhook: undefined };

test("webhook {url, notifyOn}: a smartenroll_webhook child named after the project, referenced by the flow", () => {
  const { json, kyc } = synth({ ...seedProps(), integrations: MISSING, webhook: { url: "https://hooks.example.com/kyc", notifyOn: ["success", "fail"], notificationEmail: "ops@example.com" } });
  const hooks = json.resource.smartenroll_webhook;
  const [key] = Object.keys(hooks);
  expect(kyc.node.findChild("Webhook")).toBe(kyc.webhook);
  expect(hooks[key]).toEqual({ name: "Customer Onboarding - North America events", url: "https://hooks.example.com/kyc", notification: { success: true, fail: true, email: "ops@example.com" } });
  expect(flowOf(json).integrations).toMatchObject({ redirect_url: "https://example.com/onboarding-complete", webhook_id: `\${smartenroll_webhook.${key}.id}` });
});

test("webhook as an id, or the seed's integrations.webhook, references an existing webhook without creating one", () => {
  for (const props of [
    { ...seedProps(), integrations: MISSING, webhook: "64b2c3d4e5f6789012345678" },
    { ...seedProps(), integrations: { ...seedProps().integrations, webhook: "64b2c3d4e5f6789012345678" } },
  ]) {
    const { json } = synth(props);
    expect(json.resource.smartenroll_webhook).toBeUndefined();
    expect(flowOf(json).integrations.webhook_id).toBe("64b2c3d4e5f6789012345678");
    expect(flowOf(json).integrations).not.toHaveProperty("webhook");
  }
});

test("fails at synth: bad URL, bad email, bad id, unknown key, both webhook and integrations.webhook", () => {
  const msg = synthErrors({ ...seedProps(), integrations: { ...seedProps().integrations, webhook: "64b2c3d4e5f6789012345678" }, webhook: { url: "ftp://x", notificationEmail: "nope", notfyOn: ["fail"] } as never });
  expect(msg).toMatch(/webhook\.url must be an http\(s\) URL, but "ftp:\/\/x" was provided/);
  expect(msg).toMatch(/webhook\.notificationEmail must be a valid email address, but "nope" was provided/);
  expect(msg).toMatch(/webhook\.notfyOn is not a known prop; did you mean webhook\.notifyOn\?/);
  expect(msg).toMatch(/webhook and integrations\.webhook both set the flow's webhook/);
  expect(synthErrors({ ...seedProps(), integrations: MISSING, webhook: { url: "https://x.test/h", notifyOn: ["fail", "always" as never] } })).toMatch(
    /webhook\.notifyOn\[1\] must be one of "success", "fail", but "always" was provided/,
  );
  expect(synthErrors({ ...seedProps(), integrations: MISSING, webhook: "hook-1" })).toMatch(/webhook must be a webhook id \(24 hexadecimal characters\) or a webhook object, but "hook-1" was provided/);
});
