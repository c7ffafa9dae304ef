import { flowConfigInput, fieldAt } from "../../src/model";
import { judgeChange, judgeVerification, VERIFICATION_RULES, type SectionChange } from "../../src/model/risk";
import { STEP_SECTIONS, STEPS } from "../../src/model/risk-steps";

const flow = (over: Record<string, unknown> = {}) => ({ status: "active", steps: { document: "mandatory", liveness: "mandatory" }, liveness: { minScore: 0.65 }, ...over });
const change = (before: Record<string, unknown> | null, after: Record<string, unknown> | null, unknown?: Record<string, unknown>): SectionChange => ({ section: "flow", before, after, unknown });
const rules = (c: SectionChange) => [...judgeChange(c), ...judgeVerification(c, judgeChange(c))].map((f) => `${f.level} ${f.rule}`);

describe("what a flow verifies", () => {
  test("the steps and their sections are the model's", () => {
    for (const s of STEPS) expect([fieldAt(flowConfigInput, ["steps", s]), fieldAt(flowConfigInput, [STEP_SECTIONS[s]])].every(Boolean)).toBe(true);
    expect(VERIFICATION_RULES).toEqual({ "verifies-no-one": "high", "verification-optional": "medium", "skipped-step-configured": "low" });
  });

  test("an active flow created with steps left out verifies no one (unset steps are the model's default, skip)", () => {
    expect(rules(change(null, { status: "active" }))).toEqual(["medium go-live", "high verifies-no-one"]);
    expect(rules(change(null, { status: "draft" }))).toEqual([]);
  });

  test("judged when the flow is created, activated or its steps change; not again for an unrelated change of a live flow", () => {
    const open = { status: "active", steps: { document: "skip", liveness: "optional" } };
    expect(rules(change({ ...open, status: "draft" }, open))).toEqual(["medium go-live", "medium verification-optional"]);
    expect(rules(change({ ...open, integrations: { redirectUrl: "https://a.example.com/" } }, { ...open, integrations: { redirectUrl: "https://a.example.com/x" } }))).toEqual([]);
  });

  test("steps or status known only after apply are not judged", () => {
    expect(rules(change(null, { status: "active", steps: null }, { steps: true }))).toEqual(["medium go-live"]);
    expect(rules(change(null, { status: null }, { status: true }))).toEqual([]);
  });

  test("a lowered setting of a skipped step is latent (low), in drift as in review; of a step that is on, high", () => {
    const skipped = flow({ steps: { document: "mandatory", liveness: "skip" } });
    expect(rules(change(skipped, { ...skipped, liveness: { minScore: 0.52 } }))).toEqual(["low liveness-min-score-lowered"]);
    expect(rules(change(flow(), flow({ liveness: { minScore: 0.52 } })))).toEqual(["high liveness-min-score-lowered"]);
    expect(judgeChange(change(skipped, { ...skipped, liveness: { minScore: 0.52 } }))[0].reason).toMatch(/\(latent: steps\.liveness is "skip", so the liveness step is off\)$/);
  });

  test("settings given for a skipped step are noted once, naming them", () => {
    const f = judgeVerification(change(null, { status: "draft", steps: { document: "skip" }, documents: { attemptLimit: 2, screening: true } }));
    expect(f.map((x) => [x.level, x.rule, x.reason])).toEqual([
      ["low", "skipped-step-configured", 'documents settings (attemptLimit 2, screening true) are kept, but steps.document is "skip": they take effect only when the step is on'],
    ]);
  });
});
