/** camelCase → snake_case (`termsAndConditionsUrl` → `terms_and_conditions_url`): a model field's Terraform attribute name. */
export function snakeCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z])([A-Z][a-z])/g, "$1_$2").toLowerCase();
}
