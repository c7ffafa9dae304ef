import { AttributePath } from "./path";
import type { Schema } from "./schema";
import { isObjectValue, isUnknown, ObjectValue, Value } from "./values";

/** The value at `path` inside `root`; null when any step is missing or null, unknown when a step is unknown. */
export function getAtPath(root: Value, path: AttributePath): Value {
  let v: Value = root;
  for (const step of path.steps) {
    if (v === null || isUnknown(v)) return v;
    if ("listIndex" in step) v = Array.isArray(v) ? (v[step.listIndex] ?? null) : null;
    else {
      const key = "attr" in step ? step.attr : step.mapKey;
      v = isObjectValue(v) && Object.prototype.hasOwnProperty.call(v, key) ? v[key] : null;
    }
  }
  return v;
}

/** Returns a copy of `root` with `value` at `path` (containers on the way must exist). */
export function setAtPath(root: Value, path: AttributePath, value: Value): Value {
  if (path.steps.length === 0) return value;
  const [step, ...rest] = path.steps;
  const tail = AttributePath.of(rest);
  if ("listIndex" in step) {
    if (!Array.isArray(root)) throw new TypeError(`cannot index ${path.toString()}: not a list`);
    const copy = [...root];
    copy[step.listIndex] = setAtPath(copy[step.listIndex] ?? null, tail, value);
    return copy;
  }
  if (!isObjectValue(root)) throw new TypeError(`cannot set ${path.toString()}: not an object`);
  const key = "attr" in step ? step.attr : step.mapKey;
  return { ...root, [key]: setAtPath(root[key] ?? null, tail, value) };
}

/**
 * Visits `value` and everything nested in it, depth first, with its path. Return false from `visit`
 * to skip a value's children.
 */
export function walkValue(value: Value, visit: (v: Value, path: AttributePath) => boolean | void, path = AttributePath.empty): void {
  if (visit(value, path) === false) return;
  if (Array.isArray(value)) value.forEach((x, i) => walkValue(x, visit, path.listIndex(i)));
  else if (isObjectValue(value)) {
    for (const [k, x] of Object.entries(value)) walkValue(x, visit, path.steps.length === 0 ? AttributePath.root(k) : path.attr(k));
  }
}

/** An object for `schema` with every attribute null. */
export function nullObject(schema: Schema): ObjectValue {
  const out: ObjectValue = {};
  for (const name of Object.keys(schema.attributes)) out[name] = null;
  return out;
}

/** The paths of the unknown values inside `v`, comma-separated, for diagnostics ("(root)" for `v` itself). */
export function unknownPaths(v: Value): string {
  const paths: string[] = [];
  walkValue(v, (x, p) => {
    if (isUnknown(x)) paths.push(p.toString() || "(root)");
  });
  return paths.join(", ");
}
