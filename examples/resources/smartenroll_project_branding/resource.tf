resource "smartenroll_project" "example" {
  name                     = "Customer Onboarding - Branding Example"
  allowed_countries        = ["United States"]
  contact_email            = "compliance@example.com"
  privacy_url              = "https://example.com/privacy"
  terms_and_conditions_url = "https://example.com/terms"

  data_protection = {
    name        = "Jane Smith"
    email       = "dpo@example.com"
    address     = "123 Business Plaza"
    city        = "New York"
    country     = "United States"
    postal_code = "10001"
  }
}

# Destroying this resource restores the API's default branding.
resource "smartenroll_project_branding" "example" {
  project_id             = smartenroll_project.example.id
  background_color       = "#ffffff"
  button_color           = "#2563eb"
  button_text_color      = "#ffffff"
  title_color            = "#1e293b"
  text_color             = "#475569"
  image_background_color = "#f1f5f9"
  logo                   = "https://example.com/logo.png"
  image                  = ""
}
