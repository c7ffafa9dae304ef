import type { z } from "zod";

type Def = { type?: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };

function defOf(s: z.ZodType): Def {
  return (s as unknown as { _zod: { def: Def } })._zod.def;
}

function descriptionOf(s: z.ZodType): string | undefined {
  return (s as unknown as { description?: string }).description;
}

/** Steps through optional/nullable/default/pipe wrappers, returning every layer (outermost first). */
function layers(s: z.ZodType): z.ZodType[] {
  const out: z.ZodType[] = [s];
  for (let cur = s; ; ) {
    const d = defOf(cur);
    const next = d.type === "optional" || d.type === "nullable" || d.type === "default" || d.type === "prefault" || d.type === "readonly" ? d.innerType : d.type === "pipe" ? d.in : undefined;
    if (!next) return out;
    out.push(next);
    cur = next;
  }
}

/** The zod schema at a camelCase path (object keys; arrays are stepped through transparently). */
export function modelAt(root: z.ZodType, path: readonly string[]): z.ZodType | undefined {
  let cur: z.ZodType | undefined = root;
  for (const key of path) {
    if (!cur) return undefined;
    let found: z.ZodType | undefined;
    for (const layer of layers(cur)) {
      let d = defOf(layer);
      let l = layer;
      if (d.type === "array" && d.element) {
        l = layers(d.element).find((x) => defOf(x).type === "object") ?? d.element;
        d = defOf(l);
      }
      const shape = (l as unknown as { shape?: Record<string, z.ZodType> }).shape;
      if (d.type === "object" && shape && shape[key]) {
        found = shape[key];
        break;
      }
    }
    cur = found;
  }
  return cur;
}

/** The `.describe()` text of the model field at `path` (the first wrapper layer that has one). */
export function modelDescription(root: z.ZodType, path: readonly string[]): string | undefined {
  const s = modelAt(root, path);
  if (!s) return undefined;
  for (const layer of layers(s)) {
    const d = descriptionOf(layer);
    if (d) return d;
    const def = defOf(layer);
    if (def.type === "array" && def.element) {
      const inner = layers(def.element).map(descriptionOf).find(Boolean);
      if (inner) return inner;
    }
  }
  return undefined;
}
