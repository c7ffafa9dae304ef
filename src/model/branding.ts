import { z } from "zod";
import { colorOrName, hexColor, httpUrl, isHttpUrl } from "./primitives";

const imageUrl = () =>
  z.string().refine((v) => v === "" || isHttpUrl(v), { params: { status: 409, expect: 'an http(s) URL or ""' } });

/** Branding as clients send it and as GET/list return it (v3 key set, smartenroll-api.md §5.3). */
export const brandingV3Shape = {
  backgroundColor: hexColor().nullish().describe("Main background colour, hex `#rgb` or `#rrggbb`. Default `#01236D`."),
  buttonColor: hexColor().nullish().describe("Primary button colour, hex `#rgb` or `#rrggbb`. Default `#B2BDD3`."),
  buttonTextColor: hexColor().nullish().describe("Button text colour, hex `#rgb` or `#rrggbb`. Default `#FFFFFF`."),
  titleColor: hexColor().nullish().describe("Headings colour, hex `#rgb` or `#rrggbb`. Default `#000000`."),
  textColor: hexColor().nullish().describe("Body text colour, hex `#rgb` or `#rrggbb`. Default `#8091B6`."),
  imageBackgroundColor: colorOrName()
    .nullish()
    .describe('Background colour of the image area: hex `#rgb`/`#rrggbb` or a CSS colour name such as `white`. Default `white`.'),
  logo: httpUrl().nullish().describe("Logo shown at the top of the onboarding pages: an http(s) URL, or null for none. Default null."),
  image: imageUrl().nullish().describe('Side or decorative image: an http(s) URL, `""` or null for none. Default null.'),
};

/** Legacy (v2) key set; accepted on input (Q6) and returned by create/update responses. */
export const brandingLegacyShape = {
  bgColor: hexColor().nullish().describe("Legacy name of `backgroundColor`."),
  tabColor: hexColor().nullish().describe("Legacy-only tab colour. Default `#01236D`."),
  borderColor: hexColor().nullish().describe("Legacy-only border colour. Default `#B2BDD3`."),
  buttonTxtColor: hexColor().nullish().describe("Legacy name of `buttonTextColor`."),
  secondaryButtonColor: hexColor().nullish().describe("Legacy-only secondary button colour. Default `#B2BDD3`."),
  secondaryButtonTextColor: hexColor().nullish().describe("Legacy-only secondary button text colour. Default `#FFFFFF`."),
  txtColor: hexColor().nullish().describe("Legacy name of `textColor`."),
  rightImage: imageUrl().nullish().describe("Legacy name of `image`."),
  rightImagePosition: z.string().nullish().describe('Legacy-only CSS background-position of the image. Default `"center center"`.'),
  rightBackgroundColor: colorOrName().nullish().describe("Legacy name of `imageBackgroundColor`."),
};

/** Branding input: either key set (v3 wins when both name the same setting). Every key is optional; null restores the default. */
export const brandingInput = z
  .object({ ...brandingV3Shape, ...brandingLegacyShape })
  .describe("Project branding (wizard step 6). Send v3 keys; legacy keys are accepted too. Unset keys keep their current value.");
export type BrandingInput = z.infer<typeof brandingInput>;

/** v3 branding keys a client can set. */
export const BRANDING_V3_KEYS = Object.keys(brandingV3Shape) as (keyof typeof brandingV3Shape)[];

/** Server defaults in the legacy key set, as create/update responses show them (§5.3, §13). */
export const LEGACY_BRANDING_DEFAULTS = {
  bgColor: "#01236D",
  tabColor: "#01236D",
  borderColor: "#B2BDD3",
  buttonColor: "#B2BDD3",
  buttonTxtColor: "#FFFFFF",
  secondaryButtonColor: "#B2BDD3",
  secondaryButtonTextColor: "#FFFFFF",
  txtColor: "#8091B6",
  titleColor: "#000000",
  logo: null as string | null,
  rightImage: null as string | null,
  rightImagePosition: "center center",
  rightBackgroundColor: "white",
};

/** Legacy key → v3 key (from the SDK's `_migrateBranding`); legacy keys missing here have no v3 twin. */
export const LEGACY_TO_V3_BRANDING = {
  bgColor: "backgroundColor",
  buttonColor: "buttonColor",
  buttonTxtColor: "buttonTextColor",
  txtColor: "textColor",
  titleColor: "titleColor",
  logo: "logo",
  rightImage: "image",
  rightBackgroundColor: "imageBackgroundColor",
} as const;

/** Legacy-only keys (dropped in v3 responses). */
export const LEGACY_ONLY_BRANDING_KEYS = ["tabColor", "borderColor", "secondaryButtonColor", "secondaryButtonTextColor", "rightImagePosition"] as const;

/** Server defaults in the v3 key set, as GET/list show them (includes the response-only keys). */
export const V3_BRANDING_DEFAULTS = {
  backgroundColor: "#01236D",
  buttonColor: "#B2BDD3",
  buttonTextColor: "#FFFFFF",
  textColor: "#8091B6",
  titleColor: "#000000",
  logo: null as string | null,
  image: null as string | null,
  imageBackgroundColor: "white",
  backgroundImage: null as string | null,
  backgroundImageColor: "",
};

/** Canonical stored branding: v3 keys plus the legacy-only keys. */
export type StoredBranding = typeof V3_BRANDING_DEFAULTS & Record<(typeof LEGACY_ONLY_BRANDING_KEYS)[number], string>;

/** Full default stored branding. */
export function defaultBranding(): StoredBranding {
  const legacyOnly = Object.fromEntries(LEGACY_ONLY_BRANDING_KEYS.map((k) => [k, LEGACY_BRANDING_DEFAULTS[k]]));
  return { ...V3_BRANDING_DEFAULTS, ...legacyOnly } as StoredBranding;
}

/**
 * Turns a branding input (either key set) into a v3-keyed patch: legacy keys are renamed, v3 keys win,
 * `null` values are kept (they mean "restore the default").
 */
export function brandingPatch(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [legacy, v3] of Object.entries(LEGACY_TO_V3_BRANDING)) if (input[legacy] !== undefined) out[v3] = input[legacy];
  for (const k of LEGACY_ONLY_BRANDING_KEYS) if (input[k] !== undefined) out[k] = input[k];
  for (const k of BRANDING_V3_KEYS) if (input[k] !== undefined) out[k] = input[k];
  return out;
}

/** The v3 view of stored branding (GET/list responses). */
export function brandingV3View(b: StoredBranding): typeof V3_BRANDING_DEFAULTS {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(V3_BRANDING_DEFAULTS)) out[k] = (b as Record<string, unknown>)[k];
  return out as typeof V3_BRANDING_DEFAULTS;
}

/** The legacy view of stored branding (create/update responses). */
export function brandingLegacyView(b: StoredBranding): typeof LEGACY_BRANDING_DEFAULTS {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(LEGACY_BRANDING_DEFAULTS) as (keyof typeof LEGACY_BRANDING_DEFAULTS)[]) {
    const v3 = (LEGACY_TO_V3_BRANDING as Record<string, string>)[k];
    out[k] = (b as Record<string, unknown>)[v3 ?? k];
  }
  return out as typeof LEGACY_BRANDING_DEFAULTS;
}
