import type { AttributePath } from "./path";
import { numberValue } from "./numbers";
import { cloneValue, ObjectValue, Value } from "./values";

/**
 * The value planned for an optional+computed attribute that the config leaves null. Applied by the
 * framework before plan modifiers run.
 */
export interface Default {
  /** One plain sentence for the docs. */
  readonly description: string;
  readonly markdownDescription?: string;
  /** The default value (a fresh copy each call). */
  defaultValue(req: { readonly path: AttributePath }): Value;
}

/** A default that is always `value`. */
export function staticDefault(value: Value, description = `Defaults to ${JSON.stringify(value)}.`): Default {
  return { description, defaultValue: () => cloneValue(value) };
}

/** A string default. */
export function stringDefault(value: string): Default {
  return staticDefault(value, `Defaults to "${value}".`);
}

/** A number default (a JS number, bigint or decimal string). */
export function numberDefault(value: number | bigint | string): Default {
  const v = numberValue(value);
  return staticDefault(v, `Defaults to ${String(v)}.`);
}

/** A bool default. */
export function boolDefault(value: boolean): Default {
  return staticDefault(value, `Defaults to ${value}.`);
}

/** An object (single nested / object attribute) default; every attribute of the object must be present. */
export function objectDefault(value: ObjectValue, description = "Defaults to a preset object."): Default {
  return staticDefault(value, description);
}

/** A list or set default. */
export function listDefault(value: Value[], description = `Defaults to ${value.length ? "a preset list" : "an empty list"}.`): Default {
  return staticDefault(value, description);
}

/** A map default. */
export function mapDefault(value: ObjectValue, description = "Defaults to a preset map."): Default {
  return staticDefault(value, description);
}
