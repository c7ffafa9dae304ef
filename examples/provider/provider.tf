terraform {
  required_providers {
    smartenroll = {
      source = "smartenroll/smartenroll"
    }
  }
}

# The token is read from SMARTENROLL_TOKEN when not set here; base_url from SMARTENROLL_BASE_URL.
provider "smartenroll" {
  environment = "production"
}
