import { MIN_NODE_MAJOR, nodeVersionProblem } from "../../../src/plugin/launch/node-version";

describe("nodeVersionProblem", () => {
  test("accepts Node.js 20 and newer", () => {
    expect(MIN_NODE_MAJOR).toBe(20);
    for (const v of ["v20.0.0", "v20.20.2", "v22.1.0", "v24.22.3", "v100.0.0"]) expect(nodeVersionProblem(v)).toBeUndefined();
  });

  test("names the version it found when it is too old or unreadable", () => {
    expect(nodeVersionProblem("v18.19.1")).toBe(
      "This Terraform provider needs Node.js 20 or newer (20, 22 and 24 are supported), but node on PATH is v18.19.1. Upgrade Node.js and try again.",
    );
    expect(nodeVersionProblem("v8.17.0")).toMatch(/node on PATH is v8\.17\.0/);
    expect(nodeVersionProblem("")).toMatch(/node on PATH is unknown/);
  });
});
