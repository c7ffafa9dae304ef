/** A tiny path router: patterns like `/v3/projects/:id`, matched segment by segment. */
export class Router<H> {
  private readonly routes: { method: string; parts: string[]; handler: H }[] = [];

  add(method: string, pattern: string, handler: H): this {
    this.routes.push({ method, parts: pattern.split("/").filter(Boolean), handler });
    return this;
  }

  /** The handler and params for a request; `methodNotAllowed` when the path exists under another method. */
  match(method: string, path: string): { handler: H; params: Record<string, string> } | { methodNotAllowed: true } | undefined {
    const segs = path.split("/").filter(Boolean);
    let pathExists = false;
    for (const r of this.routes) {
      if (r.parts.length !== segs.length) continue;
      const params: Record<string, string> = {};
      if (!r.parts.every((p, i) => (p.startsWith(":") ? ((params[p.slice(1)] = safeDecode(segs[i])), true) : p === segs[i]))) continue;
      if (r.method === method) return { handler: r.handler, params };
      pathExists = true;
    }
    return pathExists ? { methodNotAllowed: true } : undefined;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
