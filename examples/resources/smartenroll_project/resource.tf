resource "smartenroll_project" "example" {
  name                     = "Customer Onboarding - North America"
  allowed_countries        = ["United States", "Canada"]
  contact_email            = "compliance@example.com"
  privacy_url              = "https://example.com/privacy"
  terms_and_conditions_url = "https://example.com/terms"
  target                   = "personal"

  data_protection = {
    name        = "Jane Smith"
    email       = "dpo@example.com"
    address     = "123 Business Plaza"
    city        = "New York"
    country     = "United States"
    postal_code = "10001"
  }
}
