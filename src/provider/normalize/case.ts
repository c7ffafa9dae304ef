/** snake_case → camelCase (`terms_and_conditions_url` → `termsAndConditionsUrl`), the API's spelling of an attribute. */
export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export { snakeCase } from "../../plugin/framework/path";
