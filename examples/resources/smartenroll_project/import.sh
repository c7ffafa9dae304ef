# A project is imported by its id.
terraform import smartenroll_project.example 64a1b2c3d4e5f67890123456
