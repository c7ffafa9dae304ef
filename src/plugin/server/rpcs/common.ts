import { diagnosticsToProto } from "../../codec/diagnostics-proto";
import { decodeDynamicValue } from "../../codec/dynamic-value";
import { ValueCodecError } from "../../codec/value-error";
import { Diagnostics, providerBug } from "../../framework/diagnostics";
import type { TfType } from "../../framework/types";
import { isObjectValue, ObjectValue, valuesEqual } from "../../framework/values";
import type { tfplugin6 } from "../../proto/messages";

/** Capabilities we announce: destroy plans go through modifyPlan, and Terraform may cache our schema. */
export const capabilities: tfplugin6.IServerCapabilities = { planDestroy: true, getProviderSchemaOptional: true };

/** Decodes a DynamicValue that holds an object (config, state, plan); null when it holds none. */
export function decodeObject(dv: tfplugin6.IDynamicValue | null | undefined, type: TfType): ObjectValue | null {
  const v = decodeDynamicValue(dv, type);
  return isObjectValue(v) ? v : null;
}

/** True when both DynamicValues hold the same msgpack bytes. */
export function sameBytes(a: tfplugin6.IDynamicValue | null | undefined, b: tfplugin6.IDynamicValue | null | undefined): boolean {
  const x = a?.msgpack;
  const y = b?.msgpack;
  return !!x && !!y && x.length > 0 && x.length === y.length && Buffer.from(x.buffer, x.byteOffset, x.length).equals(y);
}

/** True when a new state or plan is the prior state exactly (not null): the prior bytes can be answered as they are. */
export function unchanged(next: ObjectValue | null, prior: ObjectValue | null): boolean {
  return next !== null && prior !== null && valuesEqual(next, prior);
}

/**
 * Runs an RPC body with fresh diagnostics; a thrown error becomes an error diagnostic, never a gRPC failure
 * (a value the codec cannot carry, such as an infinite number, an attribute error).
 */
export async function guard<T extends object>(body: (d: Diagnostics) => Promise<T>): Promise<T & { diagnostics: tfplugin6.IDiagnostic[] }> {
  const diagnostics = new Diagnostics();
  let res: T;
  try {
    res = await body(diagnostics);
  } catch (err) {
    if (err instanceof ValueCodecError && err.unsupported) diagnostics.addAttributeError(err.path, "Unsupported Value", `${err.reason[0].toUpperCase()}${err.reason.slice(1)}.`);
    else diagnostics.add(providerBug("Unexpected Provider Error", err instanceof Error ? err.message : String(err)));
    res = {} as T;
  }
  return { ...res, diagnostics: diagnosticsToProto(diagnostics) };
}
