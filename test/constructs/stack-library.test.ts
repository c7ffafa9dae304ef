/** Constructs of one CDK library in a stack of the other fail at once, naming the entry point to import instead. */
import { App, TerraformStack } from "cdktf";
import { App as CdktnApp, TerraformStack as CdktnStack } from "cdktn";
import { KycProject } from "../../src/constructs";
import { SmartenrollProvider } from "../../src/packaging/smartenroll-provider";
import { seedProps } from "../support/seed";

test("in a cdktn stack, KycProject and SmartenrollProvider from smartenroll-iac (cdktf) say to import smartenroll-iac/cdktn", () => {
  const stack = new CdktnStack(new CdktnApp(), "kyc");
  expect(() => new SmartenrollProvider(stack, "smartenroll")).toThrow(
    'SmartenrollProvider "kyc/smartenroll" comes from "smartenroll-iac", which is built for cdktf, but its stack "kyc" is a cdktn TerraformStack: import it from "smartenroll-iac/cdktn" instead.',
  );
  expect(() => new KycProject(stack, "onboarding", seedProps())).toThrow(
    'KycProject "kyc/onboarding" comes from "smartenroll-iac", which is built for cdktf, but its stack "kyc" is a cdktn TerraformStack: import it from "smartenroll-iac/cdktn" instead.',
  );
});

test("a cdktf stack, also a subclass of TerraformStack, takes them", () => {
  class KycStack extends TerraformStack {}
  const stack = new KycStack(new App(), "kyc");
  new SmartenrollProvider(stack, "smartenroll");
  expect(new KycProject(stack, "onboarding", seedProps()).node.path).toBe("kyc/onboarding");
});
