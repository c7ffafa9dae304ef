/** Shared set-up of the example end-to-end tests: one provider mirror and one local server per test file. */
import { startTestServer, type TestServer } from "../support/server";
import { providerMirror, removeTempDirs, type ProviderMirror } from "../support/terraform";

/** What the example tests share. */
export interface ExampleEnv {
  mirror: ProviderMirror;
  server: TestServer;
}

/** Registers beforeAll/afterAll hooks and returns the environment they fill in. */
export function useExampleEnv(): ExampleEnv {
  const env = {} as ExampleEnv;
  beforeAll(async () => {
    env.mirror = await providerMirror();
    env.server = await startTestServer();
  });
  afterAll(async () => {
    await env.server?.close();
    removeTempDirs();
  });
  return env;
}

/** A fresh user per example, so each test sees only its own projects. */
export async function apiFor(server: TestServer, name: string) {
  const user = `${name}-${Date.now()}`;
  return { url: server.url, token: await server.tokenFor(user), user };
}

/** The caller's environment without TF_* and SMARTENROLL_* settings. */
export function baseEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TF_|SMARTENROLL_)/.test(k)));
}

/** What `cdktf diff` prints when the live objects match the code. */
export const NO_CHANGES = /No changes\. Your infrastructure matches the configuration\./;

/** Names of the active projects whose flow skips a verification step (the examples verify people: both mandatory). */
export function activeWithoutVerification(projects: { name: string; status: string; projectFlows?: { steps?: Record<string, string> }[] }[]): string[] {
  return projects.filter((p) => p.status === "active" && !(p.projectFlows ?? []).every((f) => f.steps?.document === "mandatory" && f.steps?.liveness === "mandatory")).map((p) => p.name);
}
