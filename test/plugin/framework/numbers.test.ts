import { canonicalDecimal, DecimalNumber, numbersEqual, numberToString, numberValue, toBigInt, toNumber } from "../../../src/plugin";

describe("numbers", () => {
  test.each([
    ["0.65", 0.65],
    ["100", 100],
    ["-0", 0],
    ["1e3", 1000],
    ["9007199254740991", 9007199254740991],
    ["1.5e25", 1.5e25],
    ["1e-30", 1e-30],
  ])("%s round-trips through a JS number, so it stays one", (text, n) => {
    expect(numberValue(text)).toBe(n);
  });

  test.each([
    ["9007199254740993", "9007199254740993"],
    ["12345678901234567890", "12345678901234567890"],
    ["0.1000000000000000000001", "0.1000000000000000000001"],
    ["15000000000000000000000001", "15000000000000000000000001"],
  ])("%s needs a DecimalNumber", (text, canonical) => {
    const v = numberValue(text);
    expect(v).toBeInstanceOf(DecimalNumber);
    expect(numberToString(v)).toBe(canonical);
  });

  test("bigints pick the exact representation", () => {
    expect(numberValue(42n)).toBe(42);
    expect(numberToString(numberValue(2n ** 70n))).toBe("1180591620717411303424");
    expect(toBigInt(numberValue("12345678901234567890"))).toBe(12345678901234567890n);
  });

  test("canonical form drops exponents and redundant zeros", () => {
    expect(canonicalDecimal("-001.2300e2")).toBe("-123");
    expect(canonicalDecimal("0.000")).toBe("0");
    expect(canonicalDecimal(".5")).toBe("0.5");
    expect(() => canonicalDecimal("1.2.3")).toThrow(/not a decimal/);
  });

  test("equality compares decimals, not representations", () => {
    expect(numbersEqual(1e21, new DecimalNumber("1000000000000000000000"))).toBe(true);
    expect(numbersEqual(0.1, numberValue("0.10"))).toBe(true);
    expect(numbersEqual(numberValue("9007199254740993"), 9007199254740992)).toBe(false);
    expect(toNumber(numberValue("0.5"))).toBe(0.5);
  });

  test("fails on non-finite numbers", () => {
    expect(() => numberValue(Infinity)).toThrow(/finite/);
  });
});
