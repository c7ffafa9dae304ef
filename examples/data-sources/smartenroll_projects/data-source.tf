# Every active personal project whose name contains "onboarding".
data "smartenroll_projects" "active" {
  name_contains = "onboarding"
  status        = "active"
  target        = "personal"
}

output "active_project_ids" {
  value = data.smartenroll_projects.active.ids
}
