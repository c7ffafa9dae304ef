import { API_NAMING, issueMessage, SUPPORTED_COUNTRIES, suggestCountry, validateProjectCreate } from "../../src/model";

describe("unknown countries get a did-you-mean", () => {
  test.each([
    ["Untied States", "United States"],
    ["germany", "Germany"],
    ["USA", "United States"],
    ["UK", "United Kingdom"],
    ["Brasil", "Brazil"],
    ["Columbia", "Colombia"],
  ])("%s → %s", (input, want) => {
    expect(suggestCountry(input)).toBe(want);
  });

  test("no suggestion for a name close to nothing", () => {
    expect(suggestCountry("Atlantis")).toBeUndefined();
  });

  test("the issue carries the suggestion, and the message shows it", () => {
    const issues = validateProjectCreate({ allowedCountries: ["Untied States"] }).filter((i) => i.path[0] === "allowedCountries");
    expect(issues.map((i) => i.params)).toEqual([expect.objectContaining({ received: "Untied States", suggestion: "United States" })]);
    expect(issues.map((i) => issueMessage(i, API_NAMING))).toEqual(['allowedCountries[0] must be a supported country name (for example "United States") or "All", but "Untied States" was provided; did you mean "United States"?']);
  });

  test("every suggestion is itself accepted", () => {
    for (const c of SUPPORTED_COUNTRIES) expect(suggestCountry(c.toUpperCase())).toBe(c);
  });
});
