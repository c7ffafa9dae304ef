import { parseStandalone } from "../../src/cli/pack-provider";

describe("pack-provider --standalone", () => {
  test("takes a comma-separated list of Linux platforms, or none", () => {
    expect(parseStandalone("linux_amd64,linux_arm64")).toEqual(["linux_amd64", "linux_arm64"]);
    expect(parseStandalone("linux_arm64")).toEqual(["linux_arm64"]);
    expect(parseStandalone("none")).toEqual([]);
  });

  test.each([
    ["darwin_arm64", /^"darwin_arm64" cannot be standalone \(macOS kills unsigned executables: darwin ships the launcher\); choose from linux_amd64, linux_arm64, or none$/],
    ["linux_amd64,windows_amd64", /^"windows_amd64" cannot be standalone; choose from linux_amd64, linux_arm64, or none$/],
  ])("refuses %s, saying why and what it takes", (value, message) => {
    expect(() => parseStandalone(value)).toThrow(message);
  });
});
