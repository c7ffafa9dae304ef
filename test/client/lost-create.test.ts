import { createdSince, namedExactly, projectMatchesBody } from "../../src/client/lost-create";

describe("telling whether a lost create made its object", () => {
  const body = { name: "P", target: "personal", allowedCountries: ["Canada"], dataProtection: { name: "X", address2: null } };

  test("a project matches the body it was created with: fields equal, lists in order, \"\"/null/absent alike, absent target the API's default", () => {
    const api = { _id: "1", name: "P", allowedCountries: ["Canada"], dataProtection: { name: "X", address2: "" } };
    expect(projectMatchesBody(api, body)).toBe(true);
    expect(projectMatchesBody(api, { ...body, target: "business" })).toBe(false);
    expect(projectMatchesBody({ ...api, allowedCountries: ["Canada", "Peru"] }, body)).toBe(false);
    expect(projectMatchesBody({ ...api, dataProtection: { name: "Y" } }, body)).toBe(false);
  });

  test("created since the request started, allowing a minute of clock skew", () => {
    const started = Date.parse("2026-01-01T12:00:00Z");
    expect(createdSince("2026-01-01T11:59:30Z", started)).toBe(true);
    expect(createdSince("2026-01-01T11:58:00Z", started)).toBe(false);
    expect(createdSince(undefined, started)).toBe(false);
  });

  test("only exact names count (the API's like_name matches parts)", async () => {
    async function* listed() {
      yield* [{ name: "P" }, { name: "P copy" }, { name: "p" }];
    }
    expect(await namedExactly(listed(), "P")).toEqual([{ name: "P" }]);
  });
});
