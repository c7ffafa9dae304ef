import { decodeMsgpack, encodeMsgpack } from "../../../src/plugin/codec/msgpack";
import { DecimalNumber, isUnknown, numberValue, refinedUnknown, TfType, types, unknown, Value } from "../../../src/plugin";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const bytes = (h: string) => new Uint8Array(Buffer.from(h.replace(/\s+/g, ""), "hex"));

describe("msgpack DynamicValue codec", () => {
  const golden: Array<[string, Value, TfType, string]> = [
    ["null", null, types.string, "c0"],
    ["string", "hi", types.string, "a2 6869"],
    ["empty string", "", types.string, "a0"],
    ["true", true, types.bool, "c3"],
    ["false", false, types.bool, "c2"],
    ["integer as decimal text (Terraform parses it like state JSON)", 1, types.number, "a1 31"],
    ["negative integer", -2, types.number, "a2 2d32"],
    ["int32", 100000, types.number, "a6 313030303030"],
    ["int64 as DecimalNumber", numberValue("9007199254740993"), types.number, "b0 39303037313939323534373430393933"],
    ["fraction as shortest decimal string", 0.65, types.number, "a4 302e3635"],
    ["integer beyond int64 as string", numberValue("12345678901234567890"), types.number, "b4 3132333435363738393031323334353637383930"],
    ["unknown", unknown, types.string, "d4 0000"],
    ["empty list", [], types.list(types.string), "90"],
    ["list", ["a", "b"], types.list(types.string), "92 a161 a162"],
    ["set", [1, 2], types.set(types.number), "92 a1 31 a1 32"],
    ["empty map", {}, types.map(types.string), "80"],
    ["map keys sorted", { b: "2", a: "1" }, types.map(types.string), "82 a161 a131 a162 a132"],
    ["object with every attribute, sorted", { z: null, a: "x" }, types.object({ z: types.string, a: types.string }), "82 a161 a178 a17a c0"],
    ["object missing attribute written as nil", { a: "x" }, types.object({ a: types.string, b: types.bool }), "82 a161 a178 a162 c0"],
    ["unknown inside object", { id: unknown }, types.object({ id: types.string }), "81 a26964 d40000"],
  ];

  test.each(golden)("encodes %s", (_name, value, type, expected) => {
    expect(hex(encodeMsgpack(value, type))).toBe(expected.replace(/\s+/g, ""));
  });

  test.each(golden)("round-trips %s", (_name, value, type) => {
    const back = decodeMsgpack(encodeMsgpack(value, type), type);
    expect(hex(encodeMsgpack(back, type))).toBe(hex(encodeMsgpack(value, type)));
  });

  test("keeps null and empty collections apart", () => {
    const t = types.object({ l: types.list(types.string), m: types.map(types.string) });
    expect(decodeMsgpack(encodeMsgpack({ l: null, m: null }, t), t)).toEqual({ l: null, m: null });
    expect(decodeMsgpack(encodeMsgpack({ l: [], m: {} }, t), t)).toEqual({ l: [], m: {} });
  });

  test("decodes numbers sent as strings, floats and 64-bit integers without losing precision", () => {
    expect(decodeMsgpack(bytes("a4 302e3130"), types.number)).toBe(0.1);
    expect(decodeMsgpack(bytes("cb 3fe4cccccccccccd"), types.number)).toBe(0.65);
    const big = decodeMsgpack(bytes("cf 7fffffffffffffff"), types.number);
    expect(big).toBeInstanceOf(DecimalNumber);
    expect(String(big)).toBe("9223372036854775807");
    const long = "1.00000000000000000001";
    const msg = bytes((0xa0 + long.length).toString(16) + Buffer.from(long).toString("hex"));
    expect(String(decodeMsgpack(msg, types.number))).toBe(long);
    expect(hex(encodeMsgpack(decodeMsgpack(msg, types.number), types.number))).toBe(hex(msg));
  });

  test("decodes a refined unknown (extension 12) as unknown with its refinements", () => {
    // ext8, 3 bytes, type 12: {1: false} = "definitely not null"
    const v = decodeMsgpack(bytes("c7 03 0c 81 01 c2"), types.string);
    expect(isUnknown(v)).toBe(true);
    expect(v).toEqual(refinedUnknown({ notNull: true }));
    expect(hex(encodeMsgpack(v, types.string))).toBe("d40000");
  });

  test("fills attributes missing from an incoming object with null", () => {
    const t = types.object({ a: types.string, b: types.number });
    expect(decodeMsgpack(bytes("81 a161 a178"), t)).toEqual({ a: "x", b: null });
  });

  test("encodes nested attribute values (list of objects, map of objects)", () => {
    const inner = types.object({ name: types.string, n: types.number });
    const t = types.object({ rules: types.list(inner), envs: types.map(inner) });
    const v: Value = { rules: [{ name: "r", n: 2 }], envs: { K: { name: "v", n: null } } };
    expect(decodeMsgpack(encodeMsgpack(v, t), t)).toEqual(v);
  });

  test("fails on a value of the wrong type, naming where", () => {
    expect(() => encodeMsgpack({ a: 1 }, types.object({ a: types.string }))).toThrow(/a: expected string/);
    expect(() => encodeMsgpack({ x: "1" }, types.object({ a: types.string }))).toThrow('value: unexpected attribute "x"');
    const inner = types.object({ name: types.string });
    const t = types.object({ rules: types.list(inner), envs: types.map(inner) });
    expect(() => encodeMsgpack({ rules: [{ name: "a" }, { name: 2 }], envs: {} }, t)).toThrow(new TypeError("rules[1].name: expected string, got number"));
    expect(() => encodeMsgpack({ rules: [], envs: { "K 1": { name: true } } }, t)).toThrow(new TypeError('envs["K 1"].name: expected string, got boolean'));
    expect(() => encodeMsgpack({ rules: [], envs: { K: { name: "x", extra: 1 } } }, t)).toThrow(new TypeError('envs["K"]: unexpected attribute "extra"'));
    const wrong = encodeMsgpack({ a: ["x"] }, types.object({ a: types.list(types.string) }));
    expect(() => decodeMsgpack(wrong, types.object({ a: types.list(types.bool) }))).toThrow(new TypeError("a[0]: expected bool, got string"));
  });

  test("encodes dynamic values as [type JSON, value]", () => {
    const out = encodeMsgpack("x", types.dynamic);
    expect(hex(out)).toBe("92" + "c4" + "08" + Buffer.from('"string"').toString("hex") + "a178");
    expect(decodeMsgpack(out, types.dynamic)).toBe("x");
  });
});
