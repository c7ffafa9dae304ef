# Receives the flow's onboarding events as JSON POSTs {type, object}, e.g. "onboarding_app_registration_completed".
resource "smartenroll_webhook" "events" {
  name        = "KYC events"
  url         = "https://hooks.example.com/smartenroll"
  description = "Onboarding events for the North America project"
  is_active   = true

  notification = {
    success = false
    fail    = true
    email   = "ops@example.com"
  }
}

# The flow owns the link: attaching, moving and detaching follow this reference.
resource "smartenroll_project_flow" "example" {
  project_id = smartenroll_project.example.id

  integrations = {
    redirect_url = "https://example.com/onboarding-complete"
    webhook_id   = smartenroll_webhook.events.id
  }
}
