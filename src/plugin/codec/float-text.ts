/**
 * The decimal text Terraform gives a float64 it received: Go's `big.NewFloat(x).Text('f', -1)`, the shortest
 * decimal that identifies `x` among 53-bit binary numbers of unbounded exponent. It matches `String(x)`
 * except for subnormals, powers of two and integers beyond 2^53, where Go keeps more (or fewer) digits.
 * Terraform compares numbers by this text, so a float must come back as exactly these digits.
 */
export function floatText(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  if (x === 0) return "0";
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, x);
  const biased = (bits.getUint32(0) >>> 20) & 0x7ff;
  const fraction = (BigInt(bits.getUint32(0) & 0xfffff) << 32n) | BigInt(bits.getUint32(4));
  const subnormal = biased === 0;
  if (!subnormal && fraction !== 0n && !(Math.abs(x) >= 2 ** 53)) return String(x);
  let mant = subnormal ? fraction : fraction | (1n << 52n);
  let exp = subnormal ? -1074 : biased - 1075;
  while (mant < 1n << 52n) {
    mant <<= 1n;
    exp--;
  }
  const digits = shortestDigits(mant * 2n, exp - 1);
  return `${x < 0 ? "-" : ""}0.${digits.mant}e${digits.exp}`;
}

/** A decimal 0.mant × 10^exp, mant without trailing zeros (Go's math/big `decimal`). */
interface Decimal {
  mant: string;
  exp: number;
}

/** The exact decimal of m × 2^e. */
function decimalOf(m: bigint, e: number): Decimal {
  const scaled = e >= 0 ? m << BigInt(e) : m * 5n ** BigInt(-e);
  const text = scaled.toString();
  const mant = text.replace(/0+$/, "");
  return { mant, exp: text.length - (e >= 0 ? 0 : -e) };
}

/**
 * Go's `roundShortest` for a value m × 2^e whose lowest bit is half an ulp: walks the exact digits until
 * they differ from both interval bounds (inclusive when the original mantissa is even), then rounds.
 */
function shortestDigits(m: bigint, e: number): Decimal {
  const d = decimalOf(m, e);
  const lower = decimalOf(m - 1n, e);
  const upper = decimalOf(m + 1n, e);
  const inclusive = (m & 2n) === 0n;
  const at = (x: Decimal, i: number) => (i < x.mant.length ? x.mant.charCodeAt(i) : 48);
  for (let i = 0; i < d.mant.length; i++) {
    const l = at(lower, i);
    const c = d.mant.charCodeAt(i);
    const u = at(upper, i);
    const okDown = l !== c || (inclusive && i + 1 === lower.mant.length);
    const okUp = c !== u && (inclusive || c + 1 < u || i + 1 < upper.mant.length);
    if (okDown && okUp) return roundNearest(d, i + 1);
    if (okDown) return roundDown(d, i + 1);
    if (okUp) return roundUp(d, i + 1);
  }
  return d;
}

function roundDown(d: Decimal, n: number): Decimal {
  if (n >= d.mant.length) return d;
  return { mant: d.mant.slice(0, n).replace(/0+$/, ""), exp: d.exp };
}

function roundUp(d: Decimal, n: number): Decimal {
  if (n >= d.mant.length) return d;
  while (n > 0 && d.mant[n - 1] === "9") n--;
  if (n === 0) return { mant: "1", exp: d.exp + 1 };
  return { mant: d.mant.slice(0, n - 1) + String.fromCharCode(d.mant.charCodeAt(n - 1) + 1), exp: d.exp };
}

function roundNearest(d: Decimal, n: number): Decimal {
  if (n >= d.mant.length) return d;
  const next = d.mant[n];
  const up = next === "5" && n + 1 === d.mant.length ? n > 0 && (d.mant.charCodeAt(n - 1) - 48) % 2 === 1 : next >= "5";
  return up ? roundUp(d, n) : roundDown(d, n);
}
