/** How `smartenroll setup` merges its provider_installation into a CLI config someone already has. */
import { mergeCliConfig } from "../../src/packaging/cli-config";

const OURS = '"registry.terraform.io/smartenroll/smartenroll"';

test("no config: a provider_installation with our filesystem_mirror first and direct excluding us", () => {
  const out = mergeCliConfig(undefined, "/m");
  expect(out).toContain(`provider_installation {\n  filesystem_mirror {\n    path    = "/m"\n    include = [${OURS}]\n  }\n  direct {\n    exclude = [${OURS}]\n  }\n}\n`);
  expect(mergeCliConfig(out, "/other")).toBe(out.replace('"/m"', '"/other"'));
});

test("other settings and methods are kept; our mirror goes first; an existing exclude list gets our address", () => {
  const mine = `credentials "app.terraform.io" {\n  token = "x"\n}\nprovider_installation {\n  network_mirror {\n    url = "https://mirror.example/"\n  }\n  direct {\n    exclude = ["example.com/*/*"]\n  }\n}\n`;
  const out = mergeCliConfig(mine, "/m");
  expect(out).toContain(`credentials "app.terraform.io" {\n  token = "x"\n}\n`);
  expect(out).toMatch(/provider_installation \{\n  # smartenroll setup: begin[^\n]*\n  filesystem_mirror \{\n    path    = "\/m"/);
  expect(out).toContain(`  network_mirror {\n    url = "https://mirror.example/"\n  }\n`);
  expect(out).toContain(`exclude = ["example.com/*/*", ${OURS}]`);
  expect(mergeCliConfig(out, "/m")).toBe(out);
});
