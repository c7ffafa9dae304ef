import { closest } from "./suggest";

/**
 * Country names the API lists as supported for `allowedCountries` (api-contract.md §5.4, in its order), each with
 * its ISO 3166-1 alpha-2 and alpha-3 codes, which users often write instead (checked against i18n-iso-countries).
 */
export const COUNTRY_CODES = {
  Argentina: ["AR", "ARG"], Australia: ["AU", "AUS"], Austria: ["AT", "AUT"], Belgium: ["BE", "BEL"],
  Brazil: ["BR", "BRA"], Canada: ["CA", "CAN"], Chile: ["CL", "CHL"], Colombia: ["CO", "COL"],
  "Costa Rica": ["CR", "CRI"], Ecuador: ["EC", "ECU"], "El Salvador": ["SV", "SLV"], France: ["FR", "FRA"],
  Germany: ["DE", "DEU"], Guatemala: ["GT", "GTM"], Honduras: ["HN", "HND"], Ireland: ["IE", "IRL"],
  Italy: ["IT", "ITA"], Mexico: ["MX", "MEX"], Netherlands: ["NL", "NLD"], Nicaragua: ["NI", "NIC"],
  Norway: ["NO", "NOR"], Panama: ["PA", "PAN"], Paraguay: ["PY", "PRY"], Peru: ["PE", "PER"],
  Portugal: ["PT", "PRT"], "Puerto Rico": ["PR", "PRI"], Russia: ["RU", "RUS"], Spain: ["ES", "ESP"],
  Sweden: ["SE", "SWE"], Switzerland: ["CH", "CHE"], "Trinidad and Tobago": ["TT", "TTO"],
  "United Kingdom": ["GB", "GBR"], "United States": ["US", "USA"], Uruguay: ["UY", "URY"],
  Venezuela: ["VE", "VEN"], Vietnam: ["VN", "VNM"], Yemen: ["YE", "YEM"], Uzbekistan: ["UZ", "UZB"],
} as const satisfies Record<string, readonly [alpha2: string, alpha3: string]>;

/** A country name the API supports. */
export type SupportedCountry = keyof typeof COUNTRY_CODES;

/** Country names the API lists as supported for `allowedCountries` (api-contract.md §5.4). */
export const SUPPORTED_COUNTRIES = Object.keys(COUNTRY_CODES) as SupportedCountry[];

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

/** Names people write for a supported country, mapped to the API's spelling (ISO codes come from COUNTRY_CODES). */
const ALIASES: Record<string, SupportedCountry> = {
  "united states of america": "United States", america: "United States",
  uk: "United Kingdom", "great britain": "United Kingdom", britain: "United Kingdom", england: "United Kingdom",
  holland: "Netherlands", "the netherlands": "Netherlands", "viet nam": "Vietnam", "russian federation": "Russia",
  méxico: "Mexico", "perú": "Peru", "panamá": "Panama", españa: "Spain", brasil: "Brazil", deutschland: "Germany",
};

const BY_CODE = new Map<string, SupportedCountry>(
  Object.entries(COUNTRY_CODES).flatMap(([name, codes]) => codes.map((code) => [code, name as SupportedCountry] as const)),
);

/**
 * The supported country name (or "All") `name` most likely means: the name in another case, an ISO 3166-1 alpha-2
 * or alpha-3 code (`"CA"`, `"can"`), a common alias, or a typo; undefined when none fits. Two or three letters are
 * read as a code only: the code of a country the API does not support gets no look-alike name.
 */
export function suggestCountry(name: unknown): string | undefined {
  if (typeof name !== "string" || name.trim() === "") return undefined;
  const given = name.trim();
  const key = given.toLowerCase();
  if (key === ALL_COUNTRIES.toLowerCase()) return ALL_COUNTRIES;
  const exact = SUPPORTED_COUNTRIES.find((c) => c.toLowerCase() === key) ?? BY_CODE.get(given.toUpperCase()) ?? ALIASES[key];
  if (exact) return exact;
  return /^[a-z]{2,3}$/i.test(given) ? undefined : closest(given, SUPPORTED_COUNTRIES);
}

/** Every accepted `allowedCountries` value, for descriptions and docs. */
export const ACCEPTED_COUNTRIES_TEXT = `${SUPPORTED_COUNTRIES.map((c) => `\`${c}\``).join(", ")}, or \`${ALL_COUNTRIES}\``;
