import { Pacer } from "../../src/client";
import { canMoveStatus, ENVIRONMENT_HOSTS, RATE_CATEGORIES, RATE_LIMITS, rateCategory, rateLimitsText, REQUEST_TIMEOUT_SECONDS, RETRY_DEFAULTS, RETRY_LIMITS } from "../../src/model";
import { SmartEnrollProvider } from "../../src/provider/provider";

describe("lifecycle", () => {
  test.each([
    ["draft", "active", true],
    ["draft", "paused", true],
    ["active", "paused", true],
    ["paused", "active", true],
    ["active", "active", true],
    ["active", "draft", false],
    ["paused", "draft", false],
    ["draft", "draft", true],
  ])("%s → %s allowed: %s", (from, to, allowed) => {
    expect(canMoveStatus(from, to)).toBe(allowed);
  });
});

describe("rate limits", () => {
  test("categories follow the documented paths (webhooks count as projects)", () => {
    expect(rateCategory("/v3/projects")).toBe("projects");
    expect(rateCategory("/v3/projects/abc?x=1")).toBe("projects");
    expect(rateCategory("/v3/project-flows/f1")).toBe("flows");
    expect(rateCategory("/v2/project-flows")).toBe("flows");
    expect(rateCategory("/v2/webhooks/w1")).toBe("projects");
    expect(rateCategory("/v3/projectsx")).toBeUndefined();
    expect(rateCategory("/_emulator/reset")).toBeUndefined();
  });

  test("the documented limits, in words for messages", () => {
    expect(rateLimitsText()).toBe("100 project and 50 flow requests per minute per account");
  });

  test("the client's pacer starts from the contract's limits", () => {
    const pacer = new Pacer();
    for (const c of RATE_CATEGORIES) expect(pacer.settings(c)).toEqual({ limit: RATE_LIMITS[c].limit, windowMs: 60_000 });
  });
});

describe("provider prose reads the contract's numbers", () => {
  const attrs = new SmartEnrollProvider("0.0.0").schema().attributes;
  test.each([
    ["environment", [ENVIRONMENT_HOSTS.production, ENVIRONMENT_HOSTS.staging, ENVIRONMENT_HOSTS.development]],
    ["max_retries", [`from 0 to ${RETRY_LIMITS.maxRetries}`, `Default ${RETRY_DEFAULTS.maxRetries}.`]],
    ["request_timeout_seconds", [`from ${REQUEST_TIMEOUT_SECONDS.min} to ${REQUEST_TIMEOUT_SECONDS.max}`, `Default ${REQUEST_TIMEOUT_SECONDS.default}.`]],
  ])("%s", (name, quotes) => {
    for (const q of quotes) expect(attrs[name].description).toContain(q);
  });
});
