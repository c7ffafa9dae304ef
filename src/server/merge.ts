const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => (v === undefined ? v : structuredClone(v));

/**
 * Partial-update merge (§15 Q7): objects merge key by key, arrays and scalars replace, `undefined` keeps
 * the current value, and `null` restores the default (or removes the key when there is none).
 */
export function mergePatch(current: unknown, patch: unknown, defaults?: unknown): unknown {
  if (patch === undefined) return current;
  if (patch === null) return clone(defaults ?? null);
  if (!isPlain(patch)) return clone(patch);
  const base: Record<string, unknown> = isPlain(current) ? { ...current } : isPlain(defaults) ? clone(defaults) : {};
  const defs = isPlain(defaults) ? defaults : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    const merged = mergePatch(base[k], v, defs[k]);
    if (merged === null && !(k in defs)) delete base[k];
    else base[k] = merged;
  }
  return base;
}
