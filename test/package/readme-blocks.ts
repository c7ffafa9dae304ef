/** The README's sections and code blocks, for tests that run its commands word for word. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../support/terraform";

/** The README's section under `heading` (e.g. "### Run the local server in your CI"), up to the next heading of its level or above. */
export function readmeSection(heading: string): string {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no section "${heading}"`);
  const level = heading.split(" ")[0];
  const next = new RegExp(`\\n#{1,${level.length}} `, "g");
  next.lastIndex = start + heading.length + 1;
  const end = next.exec(readme)?.index ?? readme.length;
  return readme.slice(start + 1, end);
}

/** The code blocks of `section` fenced with ````lang` (```` ``` ```` alone for ""), in order, without their fences. */
export function codeBlocks(section: string, lang: string): string[] {
  return [...section.matchAll(/```(\w*)\n([\s\S]*?)```/g)].filter((m) => m[1] === lang).map((m) => m[2]);
}
