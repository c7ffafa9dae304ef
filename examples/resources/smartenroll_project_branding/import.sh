# Branding is imported by the id of its project.
terraform import smartenroll_project_branding.example 64a1b2c3d4e5f67890123456
