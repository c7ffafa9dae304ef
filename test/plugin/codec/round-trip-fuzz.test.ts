import { decodeJsonValue, encodeJsonValue } from "../../../src/plugin/codec/json";
import { decodeMsgpack, encodeMsgpack } from "../../../src/plugin/codec/msgpack";
import { numberToString, numberValue, TfType, types, unknown, Value, valuesEqual } from "../../../src/plugin";

/** A small seeded generator, so a failure names a seed that reproduces it. */
function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

const KEYS = ["__proto__", "constructor", "toString", "", "a", "key with space", "é", "😀", "\ud800", "hasOwnProperty", "0", "-1"];
const CHARS = ["a", "Z", "0", " ", '"', "\\", "\n", "\u0000", "\u007f", "é", "€", "😀", "\ud800", "\udfff", "\ufffd", "\u2028"];

function randomString(r: Rng): string {
  const len = r.pick([0, 1, 5, 31, 32, 33, 200, 300]);
  let s = "";
  for (let i = 0; i < len; i++) s += r.pick(CHARS);
  return s;
}

function randomDouble(r: Rng): number {
  const b = Buffer.alloc(8);
  for (;;) {
    for (let i = 0; i < 8; i++) b[i] = r.int(256);
    if (r.next() < 0.3) b[0] &= 0x80; // subnormals and tiny exponents
    if (r.next() < 0.2) b.fill(0, 2); // powers of two and short mantissas
    const x = b.readDoubleBE(0);
    if (Number.isFinite(x)) return x;
  }
}

function randomNumber(r: Rng): Value {
  switch (r.int(7)) {
    case 0: return r.int(2 ** 31) - 2 ** 30;
    case 1: return numberValue(r.pick(["9223372036854775807", "-9223372036854775808", "9223372036854775808", "18446744073709551616", "123456789012345678901234567890"]));
    case 2: return numberValue(`${r.int(2) ? "-" : ""}${r.int(1e9)}.${String(r.int(1e9)).padStart(9, "0")}${r.int(1e9)}`);
    case 3: return numberValue(`${r.int(9) + 1}e${r.int(700) - 350}`);
    case 4: return randomDouble(r);
    case 5: return numberValue(String(randomDouble(r)));
    default: return r.pick([0, 0.65, 0.1, -0.5, 5e-324, Number.MAX_VALUE, -Number.MIN_VALUE, 2 ** 53, 2 ** 53 + 2]);
  }
}

function randomType(r: Rng, depth: number): TfType {
  const scalar = [types.string, types.number, types.bool];
  if (depth <= 0) return r.pick(scalar);
  switch (r.int(9)) {
    case 0: return types.list(randomType(r, depth - 1));
    case 1: return types.set(randomType(r, depth - 1));
    case 2: return types.map(randomType(r, depth - 1));
    case 3: return types.tuple(Array.from({ length: r.int(3) }, () => randomType(r, depth - 1)));
    case 4: case 5: {
      const attrs: Record<string, TfType> = {};
      for (let i = r.int(4); i >= 0; i--) attrs[`attr_${i}_${r.int(9)}`] = randomType(r, depth - 1);
      return types.object(attrs);
    }
    case 6: return types.dynamic;
    default: return r.pick(scalar);
  }
}

function randomValue(r: Rng, t: TfType, depth = 3): Value {
  if (r.next() < 0.1) return null;
  const many = <T>(f: () => T) => Array.from({ length: r.int(4) }, f);
  switch (t.kind) {
    case "string": return randomString(r);
    case "number": return randomNumber(r);
    case "bool": return r.next() < 0.5;
    case "list": case "set": return many(() => randomValue(r, t.element, depth));
    case "tuple": return t.elements.map((e) => randomValue(r, e, depth));
    case "map": {
      const m: Record<string, Value> = Object.create(null);
      for (const _ of many(() => 0)) m[r.pick(KEYS)] = randomValue(r, t.element, depth);
      return m;
    }
    case "object": {
      const o: Record<string, Value> = Object.create(null);
      for (const k of Object.keys(t.attributes)) o[k] = randomValue(r, t.attributes[k], depth);
      return o;
    }
    case "dynamic": return depth > 0 ? randomValue(r, randomType(r, 1), depth - 1) : randomString(r);
  }
}

/** What the value must come back as: lone surrogates become U+FFFD (in strings and map keys); nothing else changes. */
function expected(v: Value): Value {
  const fix = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
  if (typeof v === "string") return fix(v);
  if (Array.isArray(v)) return v.map(expected);
  if (v !== null && typeof v === "object" && Object.getPrototypeOf(v) === null) {
    const out: Record<string, Value> = Object.create(null);
    for (const k of Object.keys(v)) out[fix(k)] = expected((v as Record<string, Value>)[k]);
    return out;
  }
  return v;
}

const describeValue = (v: Value) => JSON.stringify(v, (_k, x: unknown) => (typeof x === "object" && x !== null && "text" in x ? `#${(x as { text: string }).text}` : x));

describe("codec property: random values of every type round-trip exactly", () => {
  const SEED = Number(process.env.CODEC_FUZZ_SEED ?? 20261129);
  const COUNT = 600;
  const BUDGET_MS = 8_000;

  test(`msgpack and JSON, ${COUNT} values (seed ${SEED})`, () => {
    const r = rng(SEED);
    const started = Date.now();
    let done = 0;
    for (; done < COUNT && Date.now() - started < BUDGET_MS; done++) {
      const t = randomType(r, 3);
      const v = randomValue(r, t);
      const want = expected(v);
      const bytes = encodeMsgpack(v, t);
      const fromMsgpack = decodeMsgpack(bytes, t);
      if (!valuesEqual(fromMsgpack, want)) throw new Error(`msgpack round trip #${done} (seed ${SEED}) changed ${describeValue(v)} into ${describeValue(fromMsgpack)}`);
      expect(Buffer.from(encodeMsgpack(fromMsgpack, t)).equals(Buffer.from(bytes))).toBe(true);
      const text = encodeJsonValue(v);
      const fromJson = decodeJsonValue(text, t);
      if (!valuesEqual(fromJson, want)) throw new Error(`JSON round trip #${done} (seed ${SEED}) changed ${describeValue(v)} into ${describeValue(fromJson)}`);
      expect(encodeJsonValue(fromJson)).toBe(text.replace(/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/g, "\ufffd"));
    }
    expect(done).toBeGreaterThanOrEqual(Math.min(COUNT, 100));
  });

  test("floats from the wire keep their text through any number of round trips", () => {
    const r = rng(SEED + 1);
    for (let i = 0; i < 2_000; i++) {
      const b = Buffer.alloc(9);
      b[0] = 0xcb;
      b.writeDoubleBE(randomDouble(r), 1);
      const once = decodeMsgpack(new Uint8Array(b), types.number);
      const twice = decodeMsgpack(encodeMsgpack(once, types.number), types.number);
      expect(numberToString(twice as never)).toBe(numberToString(once as never));
      expect(numberToString(decodeJsonValue(encodeJsonValue(once), types.number) as never)).toBe(numberToString(once as never));
    }
  });

  test("unknowns anywhere survive msgpack", () => {
    const t = types.object({ l: types.list(types.string), m: types.map(types.number), d: types.dynamic });
    const v: Value = { l: ["a", unknown], m: { __proto__: unknown } as never, d: unknown };
    const m: Record<string, Value> = Object.create(null);
    m.__proto__ = unknown;
    const back = decodeMsgpack(encodeMsgpack({ ...(v as object), m } as Value, t), t);
    expect(valuesEqual(back, { l: ["a", unknown], m, d: unknown } as Value)).toBe(true);
  });
});
