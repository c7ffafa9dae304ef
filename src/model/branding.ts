import { z } from "zod";
import { fieldDefaults } from "./meta";
import { colorOrName, hexColor, httpUrl, isHttpUrl } from "./primitives";

const imageUrl = () =>
  z.string().refine((v) => v === "" || isHttpUrl(v), { params: { status: 409, expect: 'an http(s) URL or ""' } });

const HEX_DOC = "hex `#rgb` or `#rrggbb`";

/** Branding as clients send it and as GET/list return it (v3 key set, api-contract.md §5.3). */
export const brandingV3Shape = {
  backgroundColor: hexColor().nullish().meta({ description: `Main background colour, ${HEX_DOC}.`, default: "#01236D" }),
  buttonColor: hexColor().nullish().meta({ description: `Primary button colour, ${HEX_DOC}.`, default: "#B2BDD3" }),
  buttonTextColor: hexColor().nullish().meta({ description: `Button text colour, ${HEX_DOC}.`, default: "#FFFFFF" }),
  titleColor: hexColor().nullish().meta({ description: `Headings colour, ${HEX_DOC}.`, default: "#000000" }),
  textColor: hexColor().nullish().meta({ description: `Body text colour, ${HEX_DOC}.`, default: "#8091B6" }),
  imageBackgroundColor: colorOrName()
    .nullish()
    .meta({ description: "Background colour of the image area: hex `#rgb`/`#rrggbb` or a CSS colour name such as `white`.", default: "white" }),
  logo: httpUrl().nullish().meta({ description: "Logo shown at the top of the onboarding pages: an http(s) URL, or null for none.", default: null }),
  image: imageUrl().nullish().meta({ description: 'Side or decorative image: an http(s) URL, `""` or null for none.', default: null }),
};

/** Legacy (v2) key set; accepted on input (Q6) and returned by create/update responses. */
export const brandingLegacyShape = {
  bgColor: hexColor().nullish().meta({ description: "Legacy name of `backgroundColor`." }),
  tabColor: hexColor().nullish().meta({ description: "Legacy-only tab colour.", default: "#01236D" }),
  borderColor: hexColor().nullish().meta({ description: "Legacy-only border colour.", default: "#B2BDD3" }),
  buttonTxtColor: hexColor().nullish().meta({ description: "Legacy name of `buttonTextColor`." }),
  secondaryButtonColor: hexColor().nullish().meta({ description: "Legacy-only secondary button colour.", default: "#B2BDD3" }),
  secondaryButtonTextColor: hexColor().nullish().meta({ description: "Legacy-only secondary button text colour.", default: "#FFFFFF" }),
  txtColor: hexColor().nullish().meta({ description: "Legacy name of `textColor`." }),
  rightImage: imageUrl().nullish().meta({ description: "Legacy name of `image`." }),
  rightImagePosition: z.string().nullish().meta({ description: "Legacy-only CSS background-position of the image.", default: "center center" }),
  rightBackgroundColor: colorOrName().nullish().meta({ description: "Legacy name of `imageBackgroundColor`." }),
};

/** Branding input: either key set (v3 wins when both name the same setting). Every key is optional; null restores the default. */
export const brandingInput = z
  .object({ ...brandingV3Shape, ...brandingLegacyShape })
  .meta({ description: "Project branding (wizard step 6). Send v3 keys; legacy keys are accepted too. Unset keys keep their current value." });
export type BrandingInput = z.infer<typeof brandingInput>;

/** v3 branding keys a client can set. */
export const BRANDING_V3_KEYS = Object.keys(brandingV3Shape) as (keyof typeof brandingV3Shape)[];

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

/** Keys of the legacy view, in the order create/update responses show them. */
const LEGACY_VIEW_KEYS = [
  "bgColor", "tabColor", "borderColor", "buttonColor", "buttonTxtColor", "secondaryButtonColor", "secondaryButtonTextColor",
  "txtColor", "titleColor", "logo", "rightImage", "rightImagePosition", "rightBackgroundColor",
] as const;

type V3Key = keyof typeof brandingV3Shape;
type LegacyOnlyKey = (typeof LEGACY_ONLY_BRANDING_KEYS)[number];
const v3Defaults = fieldDefaults(z.object(brandingV3Shape)) as Record<V3Key, string | null>;
const legacyDefaults = fieldDefaults(z.object(brandingLegacyShape)) as Record<LegacyOnlyKey, string>;

/** Server defaults in the v3 key set, as GET/list show them (includes the response-only keys). */
export const V3_BRANDING_DEFAULTS = { ...v3Defaults, backgroundImage: null as string | null, backgroundImageColor: "" };

/** Server defaults in the legacy key set, as create/update responses show them (§5.3, §13). */
export const LEGACY_BRANDING_DEFAULTS = Object.fromEntries(
  LEGACY_VIEW_KEYS.map((k) => {
    const v3 = (LEGACY_TO_V3_BRANDING as Record<string, V3Key | undefined>)[k];
    return [k, v3 ? v3Defaults[v3] : legacyDefaults[k as LegacyOnlyKey]];
  }),
) as Record<(typeof LEGACY_VIEW_KEYS)[number], string | null>;

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
  for (const k of LEGACY_VIEW_KEYS) {
    const v3 = (LEGACY_TO_V3_BRANDING as Record<string, string>)[k];
    out[k] = (b as Record<string, unknown>)[v3 ?? k];
  }
  return out as typeof LEGACY_BRANDING_DEFAULTS;
}
