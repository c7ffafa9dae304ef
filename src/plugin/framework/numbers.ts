/**
 * Terraform numbers are arbitrary-precision decimals. The framework represents a number as a plain JS
 * `number` when that is exact (the decimal text round-trips through a float64), and otherwise as a
 * {@link DecimalNumber} holding the canonical decimal text (big integers, long fractions).
 */
const decimalTag = Symbol.for("terraform-plugin-node/DecimalNumber");

/** A number that a float64 cannot hold exactly; `text` is its canonical decimal form (e.g. "12345678901234567890"). */
export class DecimalNumber {
  readonly [decimalTag] = true;
  /** Canonical decimal text: no exponent, no leading zeros, no trailing fractional zeros. */
  readonly text: string;
  constructor(text: string) {
    this.text = canonicalDecimal(text);
  }
  toString(): string {
    return this.text;
  }
  toJSON(): string {
    return this.text;
  }
}

/** A framework number value. */
export type NumberValue = number | DecimalNumber;

/** True when `v` is a {@link DecimalNumber} (works across bundled copies of the framework). */
export function isDecimalNumber(v: unknown): v is DecimalNumber {
  return typeof v === "object" && v !== null && (v as Record<symbol, unknown>)[decimalTag] === true;
}

/** True for either number representation. */
export function isNumberValue(v: unknown): v is NumberValue {
  return typeof v === "number" || isDecimalNumber(v);
}

/**
 * Builds a number value from a JS number, bigint or decimal string, choosing the exact representation:
 * a JS number when it holds the value exactly, else a {@link DecimalNumber}.
 */
export function numberValue(x: number | bigint | string): NumberValue {
  if (typeof x === "number") {
    if (!Number.isFinite(x)) throw new RangeError(`Terraform numbers must be finite, got ${x}`);
    return Object.is(x, -0) ? 0 : x;
  }
  if (typeof x === "string") {
    const fast = Number(x);
    if (String(fast) === x && Number.isFinite(fast)) return fast;
  }
  const text = canonicalDecimal(typeof x === "bigint" ? x.toString() : x);
  const n = Number(text);
  if (Number.isFinite(n) && canonicalDecimal(numberText(n)) === text) return n;
  return new DecimalNumber(text);
}

/** The number as a JS number (may round for a {@link DecimalNumber}). */
export function toNumber(v: NumberValue): number {
  return typeof v === "number" ? v : Number(v.text);
}

/** The number as a bigint; throws if it is not an integer. */
export function toBigInt(v: NumberValue): bigint {
  const text = numberToString(v);
  if (text.includes(".")) throw new RangeError(`${text} is not an integer`);
  return BigInt(text);
}

/** Canonical decimal text of a number value, without exponent (e.g. 1e21 → "1000000000000000000000"). */
export function numberToString(v: NumberValue): string {
  return typeof v === "number" ? canonicalDecimal(numberText(v)) : v.text;
}

/** True when two number values denote the same decimal. */
export function numbersEqual(a: NumberValue, b: NumberValue): boolean {
  return numberToString(a) === numberToString(b);
}

/** True when the number is an integer. */
export function isIntegerNumber(v: NumberValue): boolean {
  return typeof v === "number" ? Number.isInteger(v) : !v.text.includes(".");
}

function numberText(n: number): string {
  return Object.is(n, -0) ? "0" : String(n);
}

const decimalPattern = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Normalises a decimal string (accepts exponents) to plain canonical form; throws on anything else. */
export function canonicalDecimal(input: string): string {
  const m = decimalPattern.exec(input.trim());
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) throw new SyntaxError(`not a decimal number: ${JSON.stringify(input)}`);
  const sign = m[1] === "-" ? "-" : "";
  let digits = (m[2] ?? "") + (m[3] ?? "");
  let point = (m[2] ?? "").length + (m[4] ? parseInt(m[4], 10) : 0);
  const lead = digits.search(/[^0]/);
  if (lead < 0) return "0";
  digits = digits.slice(lead);
  point -= lead;
  digits = digits.replace(/0+$/, "");
  let text: string;
  if (point <= 0) text = "0." + "0".repeat(-point) + digits;
  else if (point >= digits.length) text = digits + "0".repeat(point - digits.length);
  else text = digits.slice(0, point) + "." + digits.slice(point);
  return sign + text;
}
