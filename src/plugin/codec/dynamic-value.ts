import type { TfType } from "../framework/types";
import type { Value } from "../framework/values";
import type { tfplugin6 } from "../proto/messages";
import { decodeJsonValue } from "./json";
import { decodeMsgpack, encodeMsgpack } from "./msgpack";

/** Decodes a DynamicValue (msgpack, else JSON); a missing or empty value is null. */
export function decodeDynamicValue(dv: tfplugin6.IDynamicValue | null | undefined, type: TfType): Value {
  if (dv?.msgpack && dv.msgpack.length > 0) return decodeMsgpack(dv.msgpack, type);
  if (dv?.json && dv.json.length > 0) return decodeJsonValue(dv.json, type);
  return null;
}

/** Encodes a value as a msgpack DynamicValue. */
export function encodeDynamicValue(value: Value, type: TfType): tfplugin6.IDynamicValue {
  return { msgpack: encodeMsgpack(value, type) };
}
