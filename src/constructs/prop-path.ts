/** A prop path as users write it: `documents.documentTypes[0].configurations`. */
export function propPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}
