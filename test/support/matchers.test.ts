import { numberValue, unknown } from "../../src/plugin";
import "./matchers";

describe("toEqualValue", () => {
  test("passes for equal Terraform values, decimal numbers and unknowns included", () => {
    expect({ a: numberValue("0.10"), b: [unknown, "x"], c: null }).toEqualValue({ a: 0.1, b: [unknown, "x"], c: null });
    expect({ a: 1 }).not.toEqualValue({ a: 2 });
  });

  test("fails with a diff that names the differing attribute", () => {
    let message = "";
    try {
      expect({ liveness: { min_score: 0.65, search_mode: unknown } }).toEqualValue({ liveness: { min_score: 0.7, search_mode: unknown } });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/toEqualValue/);
    expect(message).toMatch(/min_score/);
    expect(message).toMatch(/0\.65/);
    expect(message).toMatch(/0\.7\b/);
  });
});
