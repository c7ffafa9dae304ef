import { isDecimalNumber, numberToString, numberValue, type NumberValue } from "../framework/numbers";
import { floatText } from "./float-text";
import { Mismatch } from "./value-error";

/**
 * A number as its exact decimal text, integers included: Terraform parses it as it parses state JSON
 * (cty.ParseNumberVal), so a value read back equals the stored one in memory too. A msgpack int becomes a big.Float
 * of another precision, and a refresh-only plan then counts the resource as changed (exit 2 with "No changes").
 */
export function numberToWire(n: NumberValue): string {
  return typeof n === "number" ? numberToString(n) : n.text;
}

/**
 * A number from the wire: ints exactly, decimal strings exactly, floats as the decimal Terraform means by
 * them ({@link floatText}). An infinite or NaN float (HCL's `1/0`) is refused with a clear message.
 */
export function numberFromWire(w: number | bigint | string): NumberValue {
  if (typeof w !== "number" || Number.isSafeInteger(w)) return numberValue(w);
  if (!Number.isFinite(w)) {
    const what = Number.isNaN(w) ? "not a number (NaN)" : `${w < 0 ? "negative" : "positive"} infinity`;
    throw new Mismatch(`the value is ${what}, for example from a division by zero; this provider accepts only finite numbers`, true);
  }
  return numberValue(floatText(w));
}

/** True for a framework number value. */
export const isWireNumber = (v: unknown): v is NumberValue => typeof v === "number" || isDecimalNumber(v);

/** Replaces lone surrogates with U+FFFD, as Terraform's own UTF-8 encoder does, at every string length. */
export function wellFormed(s: string): string {
  const w = s as unknown as WellFormed;
  return w.isWellFormed() ? s : w.toWellFormed();
}

/** Orders strings as Go does (by UTF-8 bytes, i.e. by code point), which differs from `<` past U+FFFF. */
export function byCodePoint(a: string, b: string): number {
  for (let i = 0; ; ) {
    if (i >= a.length || i >= b.length) return a.length - b.length;
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    i += x > 0xffff ? 2 : 1;
  }
}

/** ES2024 string methods (Node 20 has them; the TypeScript lib in use does not declare them yet). */
interface WellFormed {
  isWellFormed(): boolean;
  toWellFormed(): string;
}
