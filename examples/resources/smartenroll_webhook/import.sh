# A webhook is imported by its id.
terraform import smartenroll_webhook.events 64b2c3d4e5f6789012345678
