import { decodeJsonValue, encodeJsonValue, parseJsonDecimal } from "../../../src/plugin/codec/json";
import { DecimalNumber, numberToString, types } from "../../../src/plugin";

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

describe("which texts take the exact path", () => {
  const t = types.object({ id: types.string, n: types.number, l: types.list(types.number) });

  test("big and exponent numbers anywhere a number can stand keep their text", () => {
    for (const [text, n] of [
      ['{"id":"x","n":12345678901234567890,"l":[]}', "12345678901234567890"],
      ['{"id":"x","n": -0.12345678901234567,"l":[]}', "-0.12345678901234567"],
      ['{"id":"x","n":1e400,"l":[]}', "1" + "0".repeat(400)],
      ['{"id":"x","n":1,"l":[2, 3E+2]}', "1"],
    ]) {
      const v = decodeJsonValue(text, t) as { n: unknown; l: unknown[] };
      expect(numberToString(v.n as never)).toBe(n);
    }
    const v = decodeJsonValue('{"id":"x","n":1,"l":[2, 98765432109876543210]}', t) as { l: unknown[] };
    expect(numberToString(v.l[1] as never)).toBe("98765432109876543210");
    expect(numberToString(parseJsonDecimal("12345678901234567890") as never)).toBe("12345678901234567890");
  });

  test("ids and timestamps that only look like numbers inside strings do not change the result", () => {
    const text = '{"id":"9b3e7a1234567890123456","n":0.5,"l":[1,2]}';
    expect(decodeJsonValue(text, t)).toEqual({ id: "9b3e7a1234567890123456", n: 0.5, l: [1, 2] });
  });
});
