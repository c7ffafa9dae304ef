/** How deep a request body may nest (objects and arrays); deeper bodies get 400 naming the field. */
export const MAX_JSON_DEPTH = 32;
/** How many values (every object, array and scalar) a request body may hold; more get 400 naming the field. */
export const MAX_JSON_VALUES = 5_000;

/** A body shape the server refuses, with the dotted path (`details[].field`) where the limit was passed. */
export interface ShapeProblem {
  field: string;
  message: string;
}

const shown = (k: string | number) => (typeof k === "string" && k.length > 64 ? `${k.slice(0, 64)}…` : k);

/**
 * Checks a parsed body against {@link MAX_JSON_DEPTH} and {@link MAX_JSON_VALUES} without recursion (so any
 * depth JSON.parse accepts is safe to walk), stopping at the first limit passed.
 */
export function jsonShapeProblem(body: unknown, maxDepth = MAX_JSON_DEPTH, maxValues = MAX_JSON_VALUES): ShapeProblem | undefined {
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: body, path: [] }];
  let values = 0;
  while (stack.length) {
    const { v, path } = stack.pop()!;
    const field = () => path.map(shown).join(".") || "body";
    if (++values > maxValues) return { field: field(), message: `the request body holds more than ${maxValues} values` };
    if (typeof v !== "object" || v === null) continue;
    if (path.length >= maxDepth) return { field: field(), message: `is nested deeper than ${maxDepth} levels` };
    const keys = Array.isArray(v) ? undefined : Object.keys(v);
    if (values + (keys ? keys.length : (v as unknown[]).length) > maxValues) return { field: field(), message: `the request body holds more than ${maxValues} values` };
    if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
    else for (const k of keys!.reverse()) stack.push({ v: (v as Record<string, unknown>)[k], path: [...path, k] });
  }
  return undefined;
}
