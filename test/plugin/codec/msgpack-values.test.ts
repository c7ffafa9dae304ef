import { encode } from "@msgpack/msgpack";
import { ValueReader } from "../../../src/plugin/codec/msgpack-values";
import { ValueCodecError } from "../../../src/plugin/codec/value-error";
import { decodeMsgpack } from "../../../src/plugin/codec/msgpack";
import { isUnknown, refinedUnknown, types } from "../../../src/plugin";

const bytes = (h: string) => new Uint8Array(Buffer.from(h.replace(/\s+/g, ""), "hex"));

describe("ValueReader (msgpack straight to typed values)", () => {
  const project = types.object({ name: types.string, tags: types.list(types.string), size: types.number, on: types.bool });

  test("reads an object in attribute order, absent attributes null, unknown keys skipped whatever they hold", () => {
    const wire = encode({ zzz: { deep: [1, 2, { x: "y" }] }, size: 3, name: "n", extra: [true] });
    const v = decodeMsgpack(wire, project) as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(["name", "tags", "size", "on"]);
    expect(v).toEqual({ name: "n", tags: null, size: 3, on: null });
  });

  test("converts scalars the way Terraform's msgpack allows (numbers and bools as strings and back)", () => {
    expect(decodeMsgpack(encode({ name: 12, tags: [true, 1.5], size: "0.25", on: "true" }), project)).toEqual({ name: "12", tags: ["true", "1.5"], size: 0.25, on: true });
  });

  test("names the path of a wrong shape deep inside", () => {
    const t = types.object({ a: types.map(types.list(types.object({ b: types.bool }))) });
    const wire = encode({ a: { k: [{ b: true }, { b: [1] }] } });
    expect(() => decodeMsgpack(wire, t)).toThrow(ValueCodecError);
    expect(() => decodeMsgpack(wire, t)).toThrow('a["k"][1].b: expected bool, got list');
  });

  test("says what arrived instead of a collection", () => {
    expect(() => decodeMsgpack(encode({ tags: "x" }), project)).toThrow("tags: expected list, got string");
    expect(() => decodeMsgpack(encode([1]), project)).toThrow("expected object, got list");
    expect(() => decodeMsgpack(bytes("81 01 a178"), types.map(types.string))).toThrow("expected map with string keys, got number");
  });

  test("tuples: missing elements are null, extra ones skipped", () => {
    const t = types.tuple([types.string, types.number]);
    expect(decodeMsgpack(encode(["a"]), t)).toEqual(["a", null]);
    expect(decodeMsgpack(encode(["a", 2, { skipped: [1] }]), t)).toEqual(["a", 2]);
  });

  test("dynamic values carry their type first", () => {
    const wire = encode([Buffer.from(JSON.stringify(["list", "number"])), [1, 2]]);
    expect(decodeMsgpack(wire, types.dynamic)).toEqual([1, 2]);
    expect(() => decodeMsgpack(encode([1, 2, 3]), types.dynamic)).toThrow("expected dynamic [type, value] pair, got list");
  });

  test("unknowns anywhere, refined ones keeping their refinements", () => {
    const v = decodeMsgpack(bytes("83 a4 6e616d65 d4 0000 a4 74616773 c0 a4 73697a65 c7 03 0c 81 01 c2"), project) as Record<string, unknown>;
    expect(isUnknown(v.name)).toBe(true);
    expect(v.size).toEqual(refinedUnknown({ notNull: true }));
  });

  test("refuses truncated input and trailing bytes", () => {
    expect(() => decodeMsgpack(bytes("82 a4 6e616d65"), project)).toThrow(RangeError);
    expect(() => decodeMsgpack(bytes("c0 c0"), project)).toThrow("1 extra bytes after the value");
    expect(() => new ValueReader(bytes("dd ffffffff")).value(types.list(types.string))).toThrow(RangeError);
  });
});

