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
const fieldOf = (path: (string | number)[]) => path.map(shown).join(".") || "body";
const OPEN_OBJECT = 123;
const OPEN_ARRAY = 91;

/**
 * Finds nesting deeper than `maxDepth` in raw JSON text before it is parsed, so a megabyte of `[[[[` costs a
 * scan up to the first level too deep instead of a parse. Tracks the key or index of every open container to
 * name the field. Does not validate the text (JSON.parse does that next).
 */
export function depthProblem(text: string, maxDepth = MAX_JSON_DEPTH): ShapeProblem | undefined {
  const open: number[] = [];
  const path: (string | number)[] = [];
  let lastString = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 34) j += text.charCodeAt(j) === 92 ? 2 : 1;
      lastString = decodeString(text.slice(i, j + 1));
      i = j;
    } else if (c === 58 && open[open.length - 1] === OPEN_OBJECT) path[path.length - 1] = lastString;
    else if (c === 44 && open[open.length - 1] === OPEN_ARRAY) path[path.length - 1] = (path[path.length - 1] as number) + 1;
    else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (open.length >= maxDepth) return { field: fieldOf(path), message: `is nested deeper than ${maxDepth} levels` };
      open.push(c);
      path.push(c === OPEN_ARRAY ? 0 : "");
    } else if (c === 125 || c === 93) {
      open.pop();
      path.pop();
    }
  }
  return undefined;
}

function decodeString(token: string): string {
  try {
    return JSON.parse(token) as string;
  } catch {
    return token.slice(1, -1);
  }
}

/** Counts the values of a parsed body without recursion, stopping at the first container that passes `maxValues`. */
export function valuesProblem(body: unknown, maxValues = MAX_JSON_VALUES): ShapeProblem | undefined {
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: body, path: [] }];
  let values = 0;
  const problem = (path: (string | number)[]) => ({ field: fieldOf(path), message: `the request body holds more than ${maxValues} values` });
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (++values > maxValues) return problem(path);
    if (typeof v !== "object" || v === null) continue;
    const keys = Array.isArray(v) ? undefined : Object.keys(v);
    if (values + (keys ? keys.length : (v as unknown[]).length) > maxValues) return problem(path);
    if (keys) for (let i = keys.length - 1; i >= 0; i--) stack.push({ v: (v as Record<string, unknown>)[keys[i]], path: [...path, keys[i]] });
    else for (let i = (v as unknown[]).length - 1; i >= 0; i--) stack.push({ v: (v as unknown[])[i], path: [...path, i] });
  }
  return undefined;
}
