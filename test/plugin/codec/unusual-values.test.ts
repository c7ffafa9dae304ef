import { decodeJsonValue, encodeJsonValue } from "../../../src/plugin/codec/json";
import { decodeMsgpack, encodeMsgpack } from "../../../src/plugin/codec/msgpack";
import { providerRpcs } from "../../../src/plugin/server/rpcs";
import { ProviderServer } from "../../../src/plugin/server/provider-server";
import { noopResource, providerOf } from "../fixtures/one-resource";
import { numberToString, types, Value } from "../../../src/plugin";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const float64 = (x: number) => {
  const b = Buffer.alloc(9);
  b[0] = 0xcb;
  b.writeDoubleBE(x, 1);
  return new Uint8Array(b);
};
const msgStr = (s: string) => {
  const utf8 = Buffer.from(s, "utf8");
  const n = utf8.length;
  const head = n < 32 ? Buffer.from([0xa0 + n]) : n < 256 ? Buffer.from([0xd9, n]) : Buffer.from([0xda, n >> 8, n & 0xff]);
  return new Uint8Array(Buffer.concat([head, utf8]));
};

describe("floats come back as the decimal Terraform means by them (Go's shortest text at 53 bits)", () => {
  test.each([
    ["smallest subnormal 2^-1074", 5e-324, "0." + "0".repeat(323) + "4940656458412465"],
    ["a subnormal near 1e-310", 1e-310, "0." + "0".repeat(310) + "999999999999997"],
    ["three times 2^-1074", 1.5e-323, "0." + "0".repeat(322) + "14821969375237396"],
    ["the power of two 2^-24 (ties round to even)", 2 ** -24, "0.00000005960464477539062"],
    ["the power of two 2^65", 2 ** 65, "36893488147419100000"],
    ["an ordinary fraction", 0.65, "0.65"],
    ["the largest subnormal's neighbour, the smallest normal", 2.2250738585072014e-308, "0." + "0".repeat(307) + "22250738585072014"],
  ])("%s", (_name, x, text) => {
    const v = decodeMsgpack(float64(x), types.number);
    expect(numberToString(v as never)).toBe(text);
    const again = decodeMsgpack(encodeMsgpack(v, types.number), types.number);
    expect(numberToString(again as never)).toBe(text);
  });
});

describe("lone surrogates become U+FFFD at every string length", () => {
  const lone = ["\ud800", "a\udc00b", "\udbff"];
  test.each([1, 31, 40, 250, 5000])("length %i", (pad) => {
    for (const s of lone) {
      const v = "x".repeat(pad) + s;
      const want = "x".repeat(pad) + s.replace(/[\ud800-\udfff]/g, "\ufffd");
      expect(hex(encodeMsgpack(v, types.string))).toBe(hex(msgStr(want)));
      expect(decodeMsgpack(encodeMsgpack(v, types.string), types.string)).toBe(want);
      expect(encodeJsonValue(v)).toBe(JSON.stringify(want));
      expect(decodeJsonValue(JSON.stringify(v), types.string)).toBe(want);
      const asKey = decodeMsgpack(encodeMsgpack({ [v]: "k" }, types.map(types.string)), types.map(types.string));
      expect(Object.keys(asKey as object)).toEqual([want]);
    }
  });

  test("invalid UTF-8 from the wire decodes the same short or long", () => {
    for (const pad of [1, 100]) {
      const bytes = Buffer.concat([Buffer.from([0xda, 0, pad + 4]), Buffer.from("y".repeat(pad)), Buffer.from([0xff, 0xed, 0xa0, 0x80])]);
      expect(decodeMsgpack(new Uint8Array(bytes), types.string)).toBe("y".repeat(pad) + "\ufffd".repeat(4));
    }
  });
});

describe('any map key is data, "__proto__" included', () => {
  const keys = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", ""];
  const mapOf = (t = types.string) => types.map(t);

  test("msgpack keeps every key as an own entry of a null-prototype object", () => {
    const v: Record<string, Value> = Object.create(null);
    for (const [i, k] of keys.entries()) v[k] = `v${i}`;
    const back = decodeMsgpack(encodeMsgpack(v, mapOf()), mapOf()) as Record<string, Value>;
    expect(Object.getPrototypeOf(back)).toBeNull();
    expect(Object.keys(back).sort()).toEqual([...keys].sort());
    expect(back["__proto__"]).toBe("v0");
    expect(({} as Record<string, unknown>).v0).toBeUndefined();
  });

  test('msgpack from Terraform with a "__proto__" key decodes (a map of objects too)', () => {
    const t = types.object({ tags: mapOf(), nested: mapOf(types.object({ a: types.string })) });
    // {"nested": {"__proto__": {"a": "x"}}, "tags": {"__proto__": "p", "b": "q"}}
    const wire = Buffer.from("82" + "a66e6573746564" + "81" + "a95f5f70726f746f5f5f" + "81a161a178" + "a474616773" + "82" + "a95f5f70726f746f5f5f" + "a170" + "a162a171", "hex");
    const v = decodeMsgpack(new Uint8Array(wire), t) as Record<string, Record<string, Value>>;
    expect(Object.keys(v.tags)).toEqual(["__proto__", "b"]);
    expect(v.tags["__proto__"]).toBe("p");
    expect(Object.keys(v.nested)).toEqual(["__proto__"]);
    expect((v.nested["__proto__"] as Record<string, Value>).a).toBe("x");
  });

  test("JSON keeps the key too, typed or untyped, and never changes a prototype", () => {
    const text = '{"tags":{"__proto__":"p","constructor":"c"},"dyn":{"__proto__":{"polluted":1}}}';
    const t = types.object({ tags: mapOf(), dyn: types.dynamic });
    const v = decodeJsonValue(text, t) as Record<string, Record<string, Value>>;
    expect(Object.keys(v.tags)).toEqual(["__proto__", "constructor"]);
    expect(v.tags["__proto__"]).toBe("p");
    expect(Object.getPrototypeOf(v.dyn)).toBeNull();
    expect(Object.keys(v.dyn)).toEqual(["__proto__"]);
    expect((v.dyn as Record<string, unknown>).polluted).toBeUndefined();
    expect(encodeJsonValue(v.tags)).toBe('{"__proto__":"p","constructor":"c"}');
    const big = decodeJsonValue('{"__proto__":12345678901234567890}', mapOf(types.number)) as Record<string, Value>;
    expect(Object.keys(big)).toEqual(["__proto__"]);
  });
});

describe("an infinite number (HCL's 1/0) is a clear error naming the attribute", () => {
  const t = types.object({ limits: types.map(types.number), score: types.number });
  // {"limits": {"max": +Inf}, "score": 1}
  const wire = new Uint8Array(Buffer.from("82" + "a66c696d697473" + "81" + "a36d6178" + "cb7ff0000000000000" + "a573636f7265" + "01", "hex"));

  test("decoding names the path and says what is wrong", () => {
    expect(() => decodeMsgpack(wire, t)).toThrow('limits["max"]: the value is positive infinity');
    expect(() => decodeMsgpack(float64(-Infinity), types.number)).toThrow("value: the value is negative infinity");
  });

  test("through the RPC it is an attribute diagnostic, not an unexpected provider error", async () => {
    const schema = { attributes: { limits: { kind: "map", elementType: types.number, optional: true }, score: { kind: "number", optional: true } } };
    const provider = providerOf([noopResource("r", schema as never)]);
    const res = await providerRpcs(new ProviderServer(provider)).ValidateResourceConfig({ typeName: "p_r", config: { msgpack: wire } });
    expect(res.diagnostics).toEqual([expect.objectContaining({
      summary: "Unsupported Value",
      attribute: { steps: [{ attributeName: "limits" }, { elementKeyString: "max" }] },
    })]);
    expect(res.diagnostics![0].detail).toMatch(/positive infinity.*only finite numbers/);
  });
});
