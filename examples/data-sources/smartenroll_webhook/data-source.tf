# Look a webhook up by exact name (or by id), e.g. one created outside this configuration.
data "smartenroll_webhook" "shared" {
  name = "KYC events"
}

output "shared_webhook_flows" {
  value = data.smartenroll_webhook.shared.project_flow_ids
}
