/** The README's "Use it from your infra repo" app is examples/quickstart, which test/package deploys with cdktn and cdktf. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { renameImportsToCdktn } from "../package/installed";
import { ROOT } from "../support/terraform";

test("the README's quick-start app and cdktf.json are examples/quickstart's files", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Use it from your infra repo"), readme.indexOf("\n## ", readme.indexOf("## Use it from your infra repo") + 3));
  const block = (lang: string) => new RegExp("```" + lang + "\\n([\\s\\S]*?)```").exec(section)?.[1];
  const file = (f: string) => readFileSync(path.join(ROOT, "examples", "quickstart", f), "utf8");
  expect(block("js")).toBe(file("main.mjs"));
  expect(block("json")).toBe(file("cdktf.json"));
  expect(section).toContain("npm install smartenroll-iac cdktn cdktn-cli constructs@~10.7\nnpx smartenroll setup\n");
  expect(section).toMatch(/\nnpx cdktn deploy /);
  const cdktf = section.slice(section.indexOf("### On CDKTF"));
  expect(cdktf).toContain("npm install smartenroll-iac cdktf cdktf-cli constructs@~10.7\nnpx smartenroll setup\n");
  expect(cdktf).toContain("`npx cdktf deploy`");
});

test("the README's move to cdktn renames exactly the imports test/package applies", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  expect(readme).toContain('2. Rename the imports: `"cdktf"` → `"cdktn"`, `"smartenroll-iac"` → `"smartenroll-iac/cdktn"` and\n   `"smartenroll-iac/lib/…"` → `"smartenroll-iac/cdktn/lib/…"`.');
  const app = 'import { App } from "cdktf";\nimport { KycProject } from "smartenroll-iac";\nimport { ProjectFlow } from "smartenroll-iac/lib/project-flow";\n';
  expect(renameImportsToCdktn(app)).toBe('import { App } from "cdktn";\nimport { KycProject } from "smartenroll-iac/cdktn";\nimport { ProjectFlow } from "smartenroll-iac/cdktn/lib/project-flow";\n');
});
