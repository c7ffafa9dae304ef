import { conformValue, DecimalNumber, numberValue, types, unknown } from "../../../src/plugin";

describe("conformValue: a resource's imported or upgraded state fit to the schema type", () => {
  const type = types.object({
    id: types.string,
    n: types.number,
    on: types.bool,
    tags: types.map(types.string),
    rules: types.list(types.object({ name: types.string })),
  });

  test("missing attributes become null, unknown attributes are dropped, unknowns become null", () => {
    expect(conformValue({ id: "a", extra: "x", rules: [{ name: unknown, other: 1 }] }, type)).toEqual({
      id: "a",
      n: null,
      on: null,
      tags: null,
      rules: [{ name: null }],
    });
  });

  test("numbers keep their exact value, scalars convert as Terraform converts them", () => {
    const big = numberValue("123456789012345678901234567890");
    expect(big).toBeInstanceOf(DecimalNumber);
    expect(conformValue({ id: 12, n: big, on: "true", tags: { k: false }, rules: [] }, type)).toEqual({ id: "12", n: big, on: true, tags: { k: "false" }, rules: [] });
    expect(conformValue({ n: "0.1" }, type)).toMatchObject({ n: 0.1 });
  });

  test("a value of the wrong shape is an error", () => {
    expect(() => conformValue({ rules: "x" }, type)).toThrow("expected list, got string");
    expect(() => conformValue({ on: 3 }, type)).toThrow("expected bool, got number");
  });
});
