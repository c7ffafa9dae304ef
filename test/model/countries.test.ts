import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json";
import { API_NAMING, COUNTRY_CODES, issueMessage, PROP_NAMING, SUPPORTED_COUNTRIES, suggestCountry, validateProjectCreate } from "../../src/model";

countries.registerLocale(english);

/** The message a value of `allowedCountries` gets from a project create, as the constructs spell it. */
const messageFor = (value: string, naming = PROP_NAMING) =>
  validateProjectCreate({ allowedCountries: [value] })
    .filter((i) => i.path[0] === "allowedCountries")
    .map((i) => issueMessage(i, naming));

describe("unknown countries get a did-you-mean", () => {
  test.each([
    ["Untied States", "United States"],
    ["germany", "Germany"],
    ["United States of America", "United States"],
    ["UK", "United Kingdom"],
    ["Brasil", "Brazil"],
    ["Columbia", "Colombia"],
    ["ALL", "All"],
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

describe("ISO 3166-1 codes get the country's name suggested", () => {
  test("the table holds every supported country with its alpha-2 and alpha-3 codes, as ISO 3166-1 assigns them", () => {
    const fromIso = Object.fromEntries(SUPPORTED_COUNTRIES.map((name) => {
      const alpha2 = countries.getAlpha2Code(name, "en");
      return [name, [alpha2, alpha2 && countries.alpha2ToAlpha3(alpha2)]];
    }));
    expect(COUNTRY_CODES).toEqual(fromIso);
  });

  test.each(Object.entries(COUNTRY_CODES).flatMap(([name, codes]) => codes.map((code) => [code, name])))("%s → did you mean %p", (code, name) => {
    expect(messageFor(code)).toEqual([`allowedCountries[0] must be a supported country name (for example "United States") or "All", but "${code}" was provided; did you mean "${name}"?`]);
    expect(suggestCountry(code.toLowerCase())).toBe(name);
  });

  test("codes of countries the API does not support get no look-alike suggestion", () => {
    const ours = new Set<string>(Object.values(COUNTRY_CODES).flat());
    const others = [...Object.keys(countries.getAlpha2Codes()), ...Object.keys(countries.getAlpha3Codes())].filter((c) => !ours.has(c));
    expect(others.length).toBeGreaterThan(400);
    expect(others.filter((c) => suggestCountry(c) !== undefined)).toEqual([]);
    expect(messageFor("JP")).toEqual(['allowedCountries[0] must be a supported country name (for example "United States") or "All", but "JP" was provided']);
  });
});
