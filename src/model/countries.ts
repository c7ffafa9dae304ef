import { closest } from "./suggest";

/** Country names the API lists as supported for `allowedCountries` (api-contract.md §5.4). */
export const SUPPORTED_COUNTRIES = [
  "Argentina", "Australia", "Austria", "Belgium", "Brazil", "Canada", "Chile", "Colombia", "Costa Rica",
  "Ecuador", "El Salvador", "France", "Germany", "Guatemala", "Honduras", "Ireland", "Italy", "Mexico",
  "Netherlands", "Nicaragua", "Norway", "Panama", "Paraguay", "Peru", "Portugal", "Puerto Rico", "Russia",
  "Spain", "Sweden", "Switzerland", "Trinidad and Tobago", "United Kingdom", "United States", "Uruguay",
  "Venezuela", "Vietnam", "Yemen", "Uzbekistan",
] as const;

/** The wildcard accepted in `allowedCountries` by the newest API revision. */
export const ALL_COUNTRIES = "All";

/** The message the API uses when a country name is not supported (409 MissingParameter). */
export const COUNTRY_NOT_SUPPORTED_MESSAGE =
  "Country not supported. contact support to help you include your country to our list.";

const supported = new Set<string>(SUPPORTED_COUNTRIES);

/** True when `name` is a supported country name or "All". */
export function isSupportedCountry(name: string): boolean {
  return name === ALL_COUNTRIES || supported.has(name);
}

/** Names people write for a supported country, mapped to the API's spelling. */
const ALIASES: Record<string, string> = {
  usa: "United States", us: "United States", "united states of america": "United States", america: "United States",
  uk: "United Kingdom", "great britain": "United Kingdom", britain: "United Kingdom", england: "United Kingdom",
  holland: "Netherlands", "the netherlands": "Netherlands", "viet nam": "Vietnam", "russian federation": "Russia",
  méxico: "Mexico", "perú": "Peru", "panamá": "Panama", españa: "Spain", brasil: "Brazil", deutschland: "Germany",
};

/** The supported country name `name` most likely means (case, a typo, a common alias), or undefined. */
export function suggestCountry(name: unknown): string | undefined {
  if (typeof name !== "string" || name.trim() === "") return undefined;
  const key = name.trim().toLowerCase();
  const exact = SUPPORTED_COUNTRIES.find((c) => c.toLowerCase() === key) ?? ALIASES[key];
  return exact ?? closest(name.trim(), SUPPORTED_COUNTRIES);
}

/** Every accepted `allowedCountries` value, for descriptions and docs. */
export const ACCEPTED_COUNTRIES_TEXT = `${SUPPORTED_COUNTRIES.map((c) => `\`${c}\``).join(", ")}, or \`${ALL_COUNTRIES}\``;
