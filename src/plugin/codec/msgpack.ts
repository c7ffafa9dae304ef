import type { TfType } from "../framework/types";
import type { Value } from "../framework/values";
import { read } from "./msgpack-decode";
import { encodeValue } from "./msgpack-encode";
import { MsgpackReader } from "./msgpack-reader";
import { located } from "./value-error";

/**
 * Encodes a value of type `type` as Terraform's msgpack DynamicValue, in one pass straight into bytes: object
 * attributes and map keys in sorted order, every number as its exact decimal string (so "0.65" stays exactly 0.65),
 * strings as well-formed UTF-8, unknown as extension 0.
 */
export function encodeMsgpack(value: Value, type: TfType): Uint8Array {
  return located(() => encodeValue(value, type));
}

/**
 * Decodes a msgpack DynamicValue of type `type` into a framework value, in one pass over the bytes: numbers keep their
 * precision, maps and objects are null-prototype objects (any key is data), an infinite number is refused naming its
 * path, attributes the type does not know are skipped.
 */
export function decodeMsgpack(bytes: Uint8Array, type: TfType): Value {
  const r = new MsgpackReader(bytes);
  const v = located(() => read(r, type));
  r.end();
  return v;
}
