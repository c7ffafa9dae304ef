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
