/** A request target split once, before limiting, routing and logging: the normalised path and the query. */
export interface Target {
  /** `/`-joined non-empty segments: `//v3//projects/` → `/v3/projects`. */
  path: string;
  query: URLSearchParams;
}

/**
 * Splits a request target (origin form `/p?q`, or absolute form `http://h/p?q`) into a normalised path and
 * query; undefined for anything else (`*`, a bare authority, garbage). Never throws.
 */
export function parseTarget(raw: string | undefined): Target | undefined {
  let target = raw ?? "";
  if (/^https?:\/\//i.test(target)) {
    try {
      const u = new URL(target);
      target = u.pathname + u.search;
    } catch {
      return undefined;
    }
  }
  if (!target.startsWith("/")) return undefined;
  const q = target.indexOf("?");
  const rawPath = q < 0 ? target : target.slice(0, q);
  const hash = rawPath.indexOf("#");
  return { path: normalizePath(hash < 0 ? rawPath : rawPath.slice(0, hash)), query: new URLSearchParams(q < 0 ? "" : target.slice(q + 1)) };
}

/** The path with empty segments dropped (doubled or trailing slashes), so every stage sees the same one. */
export function normalizePath(path: string): string {
  return "/" + path.split("/").filter(Boolean).join("/");
}
