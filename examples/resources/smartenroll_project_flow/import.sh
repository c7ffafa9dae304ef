# A flow is imported as PROJECT_ID/FLOW_ID, or by its flow id alone (the project is looked up).
terraform import smartenroll_project_flow.example 64a1b2c3d4e5f67890123456/64a1b2c3d4e5f67890123457
