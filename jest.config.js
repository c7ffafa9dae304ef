/** Jest runs TypeScript through SWC (no type-check here: `npm run typecheck` does that). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { target: "es2022", parser: { syntax: "typescript", decorators: true } } }] },
  // jose 6 ships ESM only: let SWC turn it into CommonJS for jest. global-setup.js must keep its native import().
  transformIgnorePatterns: ["/node_modules/(?!jose/)", "/test/global-(setup|teardown)\\.js$"],
  testTimeout: 60000,
  maxWorkers: 2,
  // examples import the package by name, as users do; in the checkout that is the source.
  moduleNameMapper: { "^smartenroll-iac$": "<rootDir>/src/index.ts", "^smartenroll-iac/lib/(.*)$": "<rootDir>/lib/$1" },
  globalSetup: "<rootDir>/test/global-setup.js",
  globalTeardown: "<rootDir>/test/global-teardown.js",
};
