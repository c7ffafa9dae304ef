/** The provider's source address (registry host implied in configurations: `smartenroll/smartenroll`). */
export const PROVIDER_ADDRESS = "registry.terraform.io/smartenroll/smartenroll";
