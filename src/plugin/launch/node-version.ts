/** The oldest Node.js major version the provider runs on. */
export const MIN_NODE_MAJOR = 20;
/** The Node.js release lines the package supports (CI runs the suite on 20 and 24). */
export const SUPPORTED_NODE = "20, 22 and 24";

/** The message for a user whose `node` is too old, or undefined when `version` (like "v20.11.0") will do. */
export function nodeVersionProblem(version: string): string | undefined {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1] ?? 0);
  if (major >= MIN_NODE_MAJOR) return undefined;
  return `This Terraform provider needs Node.js ${MIN_NODE_MAJOR} or newer (${SUPPORTED_NODE} are supported), but node on PATH is ${version || "unknown"}. Upgrade Node.js and try again.`;
}
