/**
 * `expect(actual).toEqualValue(expected)`: Terraform value equality (unknowns, decimal numbers and nested
 * objects compared the way the framework does), with a readable diff when it fails. Import this module once
 * in a test file to register the matcher.
 */
import { isNumberValue, isObjectValue, isUnknown, valuesEqual, type Value } from "../../src/plugin";

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** The received Terraform value equals `expected` (as `valuesEqual` sees it). */
      toEqualValue(expected: Value): R;
    }
  }
}

/** A plain rendering of a value for diffs: unknown becomes `"<unknown>"`, decimal numbers their numeric text. */
export function showTfValue(v: Value): unknown {
  if (isUnknown(v)) return "<unknown>";
  if (isNumberValue(v)) return typeof v === "number" ? v : Number(String(v));
  if (Array.isArray(v)) return v.map(showTfValue);
  if (isObjectValue(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, showTfValue(v[k])]));
  return v;
}

expect.extend({
  toEqualValue(received: Value, expected: Value) {
    const pass = valuesEqual(received, expected);
    const message = () =>
      pass
        ? `expected the values to differ, but both are\n${this.utils.printReceived(showTfValue(received))}`
        : `${this.utils.matcherHint("toEqualValue")}\n\n${this.utils.diff(showTfValue(expected), showTfValue(received)) ?? ""}`;
    return { pass, message };
  },
});
