import { TerraformStack, Testing, Token } from "cdktf";
import { KycProject } from "../../src/constructs";
import { SmartenrollProvider } from "../../lib/provider";
import { seedProps } from "../support/seed";

/** The generated bindings create a nested block's output reference on first use; these check nothing is lost. */
function build() {
  const stack = new TerraformStack(Testing.app(), "test");
  new SmartenrollProvider(stack, "smartenroll");
  const kyc = new KycProject(stack, "Kyc", seedProps());
  const flow = () => Object.values<Record<string, any>>(JSON.parse(Testing.synth(stack)).resource.smartenroll_project_flow)[0];
  return { kyc, flow };
}

describe("nested blocks of the generated resources", () => {
  test("a block set in the config and never read synthesizes as given", () => {
    const { flow } = build();
    expect(flow().liveness).toEqual({ attempt_limit: seedProps().liveness!.attemptLimit, min_score: seedProps().liveness!.minScore, search_min_score: seedProps().liveness!.searchMinScore, search_mode: seedProps().liveness!.searchMode });
  });

  test("the block's reference, made later, carries the config's value and its changes reach the JSON", () => {
    const { kyc, flow } = build();
    expect(kyc.flow.livenessInput).toMatchObject({ minScore: seedProps().liveness!.minScore });
    expect(Token.isUnresolved(kyc.flow.liveness.minScore)).toBe(true);
    kyc.flow.liveness.minScore = 0.9;
    expect(flow().liveness.min_score).toBe(0.9);
    kyc.flow.putLiveness({ minScore: 0.8 });
    expect(flow().liveness).toEqual({ min_score: 0.8 });
    kyc.flow.resetLiveness();
    expect(flow().liveness).toBeUndefined();
  });

  test("put and reset before the reference exists behave the same", () => {
    const { kyc, flow } = build();
    kyc.flow.putLiveness({ minScore: 0.8 });
    expect(flow().liveness).toEqual({ min_score: 0.8 });
    expect(kyc.flow.livenessInput).toEqual({ minScore: 0.8 });
    kyc.flow.resetLiveness();
    expect(flow().liveness).toBeUndefined();
    expect(Token.isUnresolved(kyc.flow.liveness.minScore)).toBe(true);
    expect(flow().liveness).toBeUndefined();
  });
});
