import type { IncomingMessage } from "node:http";

/** Largest accepted request body (1 MiB); larger bodies get 413. */
export const MAX_BODY = 1024 * 1024;

/** Reads the body; resolves `tooLarge` as soon as it exceeds {@link MAX_BODY}. */
export function readBody(req: IncomingMessage): Promise<{ text: string } | { tooLarge: true }> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > MAX_BODY) {
      req.resume();
      resolve({ tooLarge: true });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on("data", (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > MAX_BODY) {
        done = true;
        resolve({ tooLarge: true });
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => !done && resolve({ text: Buffer.concat(chunks).toString("utf8") }));
    req.on("error", (e) => !done && reject(e));
  });
}

/** Parses a JSON object body; an empty body is `{}`. Returns undefined when malformed or not an object. */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  if (text.trim() === "") return {};
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
