import { randomUUID } from "node:crypto";

/** An injected fault: matched by method and path (`*` = one segment), consumed `times` times, in order. */
export interface Fault {
  id: string;
  method: string;
  path: string;
  times: number;
  status?: number;
  delayMs?: number;
  drop?: boolean;
  commitThenDrop?: boolean;
}

/** Validates a fault spec from `POST /_emulator/faults`; returns an error message when it is unusable. */
export function parseFault(body: Record<string, unknown>): Fault | string {
  const { method, path, times = 1, status, delayMs, drop, commitThenDrop } = body;
  if (typeof method !== "string" || typeof path !== "string" || !path.startsWith("/")) return "method and path (starting with /) are required";
  if (typeof times !== "number" || !Number.isInteger(times) || times < 1) return "times must be a positive integer";
  if (status !== undefined && (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599)) return "status must be an HTTP status code";
  if (delayMs !== undefined && (typeof delayMs !== "number" || delayMs < 0)) return "delayMs must be a non-negative number";
  if (status === undefined && delayMs === undefined && drop !== true && commitThenDrop !== true) return "give one of status, delayMs, drop or commitThenDrop";
  return {
    id: randomUUID(), method: method.toUpperCase(), path, times,
    ...(status !== undefined && { status }), ...(delayMs !== undefined && { delayMs }),
    ...(drop === true && { drop: true }), ...(commitThenDrop === true && { commitThenDrop: true }),
  } as Fault;
}

function pathMatches(pattern: string, path: string): boolean {
  const p = pattern.split("/").filter(Boolean);
  const s = path.split("/").filter(Boolean);
  return p.length === s.length && p.every((seg, i) => seg === "*" || seg === s[i]);
}

/** The installed faults. */
export class Faults {
  private list: Fault[] = [];

  add(f: Fault): void {
    this.list.push(f);
  }

  all(): Fault[] {
    return this.list.map((f) => ({ ...f }));
  }

  clear(): void {
    this.list = [];
  }

  /** Consumes and returns the first fault matching the request, if any. */
  take(method: string, path: string): Fault | undefined {
    const i = this.list.findIndex((f) => (f.method === "*" || f.method === method) && pathMatches(f.path, path));
    if (i < 0) return undefined;
    const f = this.list[i];
    if (--f.times <= 0) this.list.splice(i, 1);
    return f;
  }
}
