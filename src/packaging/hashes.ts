import { createHash } from "node:crypto";

/**
 * Terraform's `h1:` package hash (Go's dirhash Hash1): SHA-256 over the sorted lines `<sha256 hex>  <name>\n` of
 * every file in the package. The same for an unpacked mirror folder and for a zip holding the same files.
 */
export function h1Hash(entries: readonly { name: string; content: Buffer }[]): string {
  const lines = [...entries]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((e) => `${createHash("sha256").update(e.content).digest("hex")}  ${e.name}\n`)
    .join("");
  return `h1:${createHash("sha256").update(lines).digest("base64")}`;
}

/** Terraform's `zh:` hash of a provider zip: the SHA-256 of the zip file, in hex. */
export function zhHash(zip: Uint8Array): string {
  return `zh:${sha256Hex(zip)}`;
}

/** SHA-256 in hex (as in `SHA256SUMS`). */
export function sha256Hex(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
