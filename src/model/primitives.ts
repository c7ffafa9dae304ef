import { z } from "zod";
import { isSupportedCountry, suggestCountry } from "./countries";
import type { RuleParams } from "./issues";

const rule = (params: RuleParams) => ({ params, message: `must be ${params.expect}` });

/**
 * A number in [min, max] (`z.number().min().max()`, so the bounds are visible to readers and to JSON Schema);
 * `int` also requires an integer. Violations are 422 with one "between" message.
 */
export function between(min: number, max: number, opts: { int?: boolean } = {}) {
  const error = `must be ${opts.int ? "an integer " : ""}between ${min} and ${max}`;
  const n = z.number().min(min, { error, abort: true }).max(max, { error, abort: true });
  return opts.int ? n.int({ error, abort: true }) : n;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** An email address (409 MissingParameter when malformed, as the API does). */
export const email = () => z.string().refine((v) => EMAIL.test(v), rule({ status: 409, expect: "a valid email address" }));

/** True for an absolute http(s) URL. */
export function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
  } catch {
    return false;
  }
}

/** An absolute http(s) URL (409 MissingParameter when malformed). */
export const httpUrl = () => z.string().refine(isHttpUrl, rule({ status: 409, expect: "an http(s) URL" }));

/** An http(s) URL or the empty string (fields whose server default is ""). */
export const httpUrlOrEmpty = () =>
  z.string().refine((v) => v === "" || isHttpUrl(v), rule({ status: 409, expect: 'an http(s) URL or ""' }));

const HEX = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
/** A hex colour `#rgb` or `#rrggbb` (409 when malformed). */
export const hexColor = () => z.string().refine((v) => HEX.test(v), rule({ status: 409, expect: "a hex colour like #1a2b3c or #abc" }));

/** CSS named colours accepted where the API shows names (e.g. `imageBackgroundColor: "white"`). */
export const CSS_COLOR_NAMES = [
  "white", "black", "transparent", "red", "green", "blue", "yellow", "orange", "purple", "pink", "gray", "grey",
  "silver", "navy", "teal", "maroon", "olive", "lime", "aqua", "fuchsia", "cyan", "magenta", "brown", "gold",
  "beige", "ivory", "whitesmoke", "lightgray", "lightgrey", "darkgray", "darkgrey", "gainsboro", "snow",
] as const;
const cssNames = new Set<string>(CSS_COLOR_NAMES);
/** A hex colour or a CSS colour name such as "white" (409 when neither). */
export const colorOrName = () =>
  z.string().refine((v) => HEX.test(v) || cssNames.has(v.toLowerCase()), rule({ status: 409, expect: 'a hex colour like #f1f5f9 or a CSS colour name like "white"' }));

/** A supported country name (§5.4) or "All" (409 MissingParameter otherwise, per Q24). */
export const country = () =>
  z.string().refine(isSupportedCountry, rule({ status: 409, expect: 'a supported country name (for example "United States") or "All"', suggest: suggestCountry }));

/** Postal code: 3–12 letters, digits, spaces or hyphens (409 when malformed). */
export const postalCode = () =>
  z.string().refine((v) => /^[A-Za-z0-9 -]{3,12}$/.test(v), rule({ status: 409, expect: "3 to 12 letters, digits, spaces or hyphens" }));

/** A string of at most `max` characters (422 when longer). */
export const maxLength = (max: number) => z.string().max(max, { error: `must be at most ${max} characters long` });

const notBlank = (v: string) => v.trim() !== "";
/** A non-empty string (422 when empty). */
export const nonEmpty = () => z.string().refine(notBlank, rule({ status: 422, expect: "a non-empty string" }));

/** A non-empty string of at most `max` characters (422 otherwise). */
export const nonEmptyMax = (max: number) => maxLength(max).refine(notBlank, rule({ status: 422, expect: "a non-empty string" }));

/** A 24-hex-digit ObjectId string. */
export const OBJECT_ID = /^[0-9a-f]{24}$/i;
export const objectId = () => z.string().refine((v) => OBJECT_ID.test(v), rule({ status: 400, expect: "a 24-character hexadecimal id" }));
