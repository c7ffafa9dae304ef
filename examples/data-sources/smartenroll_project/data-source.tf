# Look a project up by exact name (or by id).
data "smartenroll_project" "example" {
  name = "Customer Onboarding - North America"
}

output "project_status" {
  value = data.smartenroll_project.example.status
}
