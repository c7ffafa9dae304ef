/** The README's "Use it from your infra repo" app is examples/quickstart, which test/package deploys. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../support/terraform";

test("the README's quick-start app and cdktf.json are examples/quickstart's files", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Use it from your infra repo"), readme.indexOf("\n## ", readme.indexOf("## Use it from your infra repo") + 3));
  const block = (lang: string) => new RegExp("```" + lang + "\\n([\\s\\S]*?)```").exec(section)?.[1];
  const file = (f: string) => readFileSync(path.join(ROOT, "examples", "quickstart", f), "utf8");
  expect(block("js")).toBe(file("main.mjs"));
  expect(block("json")).toBe(file("cdktf.json"));
  expect(section).toContain("npm install smartenroll-iac cdktf cdktf-cli constructs\nnpx smartenroll setup\n");
  expect(section).toMatch(/\nnpx cdktf deploy /);
});
