import type { Handler } from "./context";
import { createFlow, deleteFlow, getFlow, listFlows, updateFlow } from "./handlers/flows";
import { createProject, deleteProject, getProject, listProjects, updateProject } from "./handlers/projects";
import { createWebhook, deleteWebhook, getWebhook, listWebhooks, updateWebhook } from "./handlers/webhooks";
import { Router } from "./router";

/** The API routes of api-contract.md (P1–P5, F1–F5, `POST /v2/project-flows`, W1–W5). */
export function apiRoutes(): Router<Handler> {
  return new Router<Handler>()
    .add("POST", "/v3/projects", createProject)
    .add("GET", "/v3/projects", listProjects)
    .add("GET", "/v3/projects/:id", getProject)
    .add("PUT", "/v3/projects/:id", updateProject)
    .add("DELETE", "/v3/projects/:id", deleteProject)
    .add("POST", "/v3/project-flows", createFlow)
    .add("POST", "/v2/project-flows", createFlow)
    .add("GET", "/v3/project-flows", listFlows)
    .add("GET", "/v3/project-flows/:id", getFlow)
    .add("PUT", "/v3/project-flows/:id", updateFlow)
    .add("DELETE", "/v3/project-flows/:id", deleteFlow)
    .add("POST", "/v2/webhooks", createWebhook)
    .add("GET", "/v2/webhooks", listWebhooks)
    .add("GET", "/v2/webhooks/:id", getWebhook)
    .add("PUT", "/v2/webhooks/:id", updateWebhook)
    .add("DELETE", "/v2/webhooks/:id", deleteWebhook);
}
