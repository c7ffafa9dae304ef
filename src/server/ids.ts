import { randomBytes } from "node:crypto";

const processPart = randomBytes(5).toString("hex");
let counter = randomBytes(3).readUIntBE(0, 3);

/** A new 24-hex-character ObjectId: seconds, a per-process random part, and a counter. */
export function newObjectId(): string {
  counter = (counter + 1) % 0xffffff;
  const secs = Math.floor(Date.now() / 1000).toString(16).padStart(8, "0");
  return secs + processPart + counter.toString(16).padStart(6, "0");
}

/** True for a 24-hex-character id. */
export const isObjectId = (s: string): boolean => /^[0-9a-f]{24}$/i.test(s);
