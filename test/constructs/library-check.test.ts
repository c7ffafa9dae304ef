import { missingLibraryMessage } from "../../src/constructs/library-check";

const notFound = (name: string) => Object.assign(new Error(`Cannot find module '${name}'\nRequire stack:\n- /app/node_modules/smartenroll-iac/dist/src/constructs/library-check.js`), { code: "MODULE_NOT_FOUND" });

test("a missing cdktf or cdktn names the other entry point and the install command", () => {
  expect(missingLibraryMessage(notFound("cdktf"))).toBe(
    '"smartenroll-iac" is built for cdktf, which is not installed in this project. An app on cdktn imports from "smartenroll-iac/cdktn"; an app on cdktf needs `npm install cdktf`.',
  );
  expect(missingLibraryMessage(notFound("cdktn"))).toBe(
    '"smartenroll-iac/cdktn" is built for cdktn, which is not installed in this project. An app on cdktf imports from "smartenroll-iac"; an app on cdktn needs `npm install cdktn`.',
  );
});

test("other load failures are left as they are", () => {
  expect(missingLibraryMessage(notFound("constructs"))).toBeUndefined();
  expect(missingLibraryMessage(new SyntaxError("Unexpected token"))).toBeUndefined();
});
