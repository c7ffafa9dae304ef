import { projectMatchesBody } from "../../../src/client/lost-create";
import { projectCreateBody, projectState, projectUpdateBody } from "../../../src/provider/normalize/project";

const api = {
  _id: "64a1b2c3d4e5f67890123456",
  name: "Customer Onboarding",
  identifier: null,
  contactEmail: "compliance@example.com",
  privacyUrl: "https://example.com/privacy",
  termsAndConditionsUrl: "https://example.com/terms",
  status: "draft",
  allowedCountries: ["United States", "Canada"],
  defaultLanguage: "en",
  dataProtection: { name: "Jane Smith", email: "dpo@example.com", address: "123 Business Plaza", address2: "", city: "New York", country: "United States", postalCode: "10001" },
  projectFlows: [],
  createdAt: "2023-07-01T10:00:00.000Z",
  updatedAt: "2023-07-01T10:00:00.000Z",
} as never;

describe("project state from the API", () => {
  test("maps camelCase fields to attributes and fills target when the API omits it", () => {
    const s = projectState(api);
    expect(s).toMatchObject({
      id: "64a1b2c3d4e5f67890123456",
      name: "Customer Onboarding",
      allowed_countries: ["United States", "Canada"],
      terms_and_conditions_url: "https://example.com/terms",
      target: "personal",
      default_language: "en",
      created_at: "2023-07-01T10:00:00.000Z",
    });
    expect((s.data_protection as Record<string, unknown>).postal_code).toBe("10001");
    expect(Object.keys(s)).not.toEqual(expect.arrayContaining(["status"]));
    expect(Object.keys(s)).not.toEqual(expect.arrayContaining(["updated_at"]));
  });

  test('address2 "" reads as null when the config left it unset, and as "" when the config set ""', () => {
    const unset = projectState(api, { data_protection: { address2: null } } as never);
    expect((unset.data_protection as Record<string, unknown>).address2).toBeNull();
    const empty = projectState(api, { data_protection: { address2: "" } } as never);
    expect((empty.data_protection as Record<string, unknown>).address2).toBe("");
  });
});

describe("project bodies", () => {
  const plan = projectState(api, { data_protection: { address2: null } } as never);

  test("create body is camelCase, without computed attributes or a null address2", () => {
    const body = projectCreateBody(plan);
    expect(body).toEqual({
      name: "Customer Onboarding",
      allowedCountries: ["United States", "Canada"],
      contactEmail: "compliance@example.com",
      privacyUrl: "https://example.com/privacy",
      termsAndConditionsUrl: "https://example.com/terms",
      target: "personal",
      defaultLanguage: "en",
      dataProtection: { name: "Jane Smith", email: "dpo@example.com", address: "123 Business Plaza", city: "New York", country: "United States", postalCode: "10001" },
    });
  });

  test("update body holds only the changed attributes", () => {
    expect(projectUpdateBody(plan, plan)).toBeNull();
    const changed = { ...plan, contact_email: "new@example.com" };
    expect(projectUpdateBody(changed, plan)).toEqual({ contactEmail: "new@example.com" });
  });

  test("a project found after a lost create matches the provider's create body, and not another", () => {
    const body = projectCreateBody(plan);
    expect(projectMatchesBody(api, body)).toBe(true);
    expect(projectMatchesBody(api, { ...body, contactEmail: "x@example.com" })).toBe(false);
  });
});
