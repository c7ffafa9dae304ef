import { decodeJsonValue, encodeJsonValue, parseJsonDecimal } from "../../../src/plugin/codec/json";
import { DecimalNumber, types } from "../../../src/plugin";

describe("decimal-safe JSON", () => {
  test("keeps big integers and long fractions exact when parsing raw state", () => {
    const v = decodeJsonValue('{"big":12345678901234567890,"ratio":0.65,"tiny":1.000000000000000000001e-30}', types.object({ big: types.number, ratio: types.number, tiny: types.number }));
    expect(v).toEqual({ big: new DecimalNumber("12345678901234567890"), ratio: 0.65, tiny: new DecimalNumber("0.000000000000000000000000000001000000000000000000001") });
  });

  test("shapes by type: missing attributes become null, unknown attributes are dropped", () => {
    const t = types.object({ a: types.string, b: types.list(types.number) });
    expect(decodeJsonValue('{"a":"x","gone":true}', t)).toEqual({ a: "x", b: null });
  });

  test("keeps null and empty collections apart", () => {
    const t = types.object({ l: types.list(types.string), m: types.map(types.string) });
    expect(decodeJsonValue('{"l":[],"m":{}}', t)).toEqual({ l: [], m: {} });
    expect(decodeJsonValue('{"l":null,"m":null}', t)).toEqual({ l: null, m: null });
  });

  test("parses strings with escapes and unicode", () => {
    expect(parseJsonDecimal('{"s":"a\\"b\\u00e9\\n","n":[1,-2.5e3]}')).toEqual({ s: 'a"bé\n', n: [1, -2500] });
  });

  test("encodes numbers as exact decimals and keys sorted", () => {
    expect(encodeJsonValue({ z: new DecimalNumber("12345678901234567890"), a: [0.1, true, null, "s"] })).toBe('{"a":[0.1,true,null,"s"],"z":12345678901234567890}');
  });

  test("round-trips through parse", () => {
    const text = '{"a":{"b":[1,2.25,"x"]},"n":98765432109876543210.5}';
    expect(encodeJsonValue(parseJsonDecimal(text))).toBe(text);
  });

  test("numbers with many digits on both sides of the point stay exact", () => {
    expect(String(parseJsonDecimal("[123456789.123456789]") as never as string[])).toBe("123456789.123456789");
    expect(encodeJsonValue(parseJsonDecimal('{"a":-1234567.12345678,"b":"123456789012345678"}'))).toBe('{"a":-1234567.12345678,"b":"123456789012345678"}');
  });

  test("plain documents and documents with long numbers decode alike", () => {
    const t = types.object({ a: types.number, s: types.string, l: types.list(types.number) });
    expect(decodeJsonValue('{"a":0.65,"s":"x","l":[1,2.5,-3]}', t)).toEqual({ a: 0.65, s: "x", l: [1, 2.5, -3] });
    expect(decodeJsonValue('{"a":0.65,"s":"1234567890123456789","l":[1,2.5,-3]}', t)).toEqual({ a: 0.65, s: "1234567890123456789", l: [1, 2.5, -3] });
  });

  test("fails on malformed JSON with the position", () => {
    expect(() => parseJsonDecimal('{"a":}')).toThrow(SyntaxError);
    expect(() => parseJsonDecimal('{"a":12345678901234567890,}')).toThrow(/position 26/);
    expect(() => parseJsonDecimal("[12345678901234567890] x")).toThrow(/end of input/);
  });
});
