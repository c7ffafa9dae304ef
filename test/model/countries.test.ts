import { SUPPORTED_COUNTRIES, suggestCountry, validateProjectCreate } from "../../src/model";

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

  test("the model's message carries the suggestion", () => {
    const issues = validateProjectCreate({ allowedCountries: ["Untied States"] }).filter((i) => i.path[0] === "allowedCountries");
    expect(issues.map((i) => i.message)).toEqual(['allowedCountries[0] must be a supported country name (for example "United States") or "All", but "Untied States" was provided; did you mean "United States"?']);
  });

  test("every suggestion is itself accepted", () => {
    for (const c of SUPPORTED_COUNTRIES) expect(suggestCountry(c.toUpperCase())).toBe(c);
  });
});
