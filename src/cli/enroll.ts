import type { Command } from "commander";

const OUTCOMES = ["completed", "failed", "needs_manual_verification", "completed_without_kyc"];

interface EnrollOptions {
  project: string;
  outcome: string;
  server: string;
  adminToken?: string;
  timeoutMs: string;
  wait: boolean;
}

interface Delivery {
  kind?: string;
  enrollment?: string;
  event: string;
  status: number;
  delivery: string;
  error?: string;
  durationMs: number;
}

async function call(base: string, token: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const { request } = await import("undici");
  const r = await request(base.replace(/\/+$/, "") + path, {
    method: method as "GET",
    headers: { "x-emulator-token": token, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.body.text();
  return { status: r.statusCode, body: text ? JSON.parse(text) : undefined };
}

/** Polls the request log until every event of `enrollment` has been delivered or has failed, or `deadline` passes. */
async function deliveriesOf(base: string, token: string, enrollment: string, count: number, deadline: number): Promise<Delivery[]> {
  for (;;) {
    const log = (await call(base, token, "GET", "/_emulator/requests")).body?.data as Delivery[] | undefined;
    const mine = (log ?? []).filter((e) => e.kind === "webhook" && e.enrollment === enrollment);
    if (mine.length >= count || Date.now() > deadline) return mine;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function enroll(o: EnrollOptions): Promise<number> {
  const token = o.adminToken ?? process.env.SMARTENROLL_ADMIN_TOKEN;
  if (!token) throw new Error("the emulator's admin token is required: pass --admin-token or set SMARTENROLL_ADMIN_TOKEN (`smartenroll server` prints it)");
  if (!OUTCOMES.includes(o.outcome)) throw new Error(`--outcome must be one of ${OUTCOMES.join(", ")}, not "${o.outcome}"`);
  const timeoutMs = Number(o.timeoutMs);
  const r = await call(o.server, token, "POST", "/_emulator/enrollments", { projectId: o.project, outcome: o.outcome, timeoutMs });
  if (r.status !== 202) throw new Error(`${o.server}/_emulator/enrollments answered ${r.status}: ${r.body?.message ?? JSON.stringify(r.body)}`);
  const d = r.body.data as { enrollment: string; events: string[]; delivering: boolean; reason?: string; webhook: string | null };
  if (!d.delivering) {
    console.log(`enrollment ${d.enrollment}: ${d.events.length} events, none delivered: ${d.reason}`);
    for (const e of d.events) console.log(`  - ${e}`);
    return 1;
  }
  console.log(`enrollment ${d.enrollment}: ${d.events.length} events to webhook ${d.webhook}`);
  if (!o.wait) {
    for (const e of d.events) console.log(`  - ${e}`);
    return 0;
  }
  const got = await deliveriesOf(o.server, token, d.enrollment, d.events.length, Date.now() + d.events.length * timeoutMs + 5_000);
  for (const e of got) console.log(`  ${e.delivery === "delivered" ? "ok  " : "FAIL"} ${e.event}  ${e.status || e.error}  ${Math.round(e.durationMs)} ms`);
  const failed = got.filter((e) => e.delivery !== "delivered").length + (d.events.length - got.length);
  console.log(failed ? `${failed} of ${d.events.length} events not delivered` : `all ${d.events.length} events delivered`);
  return failed ? 2 : 0;
}

/** `smartenroll enroll`: simulates one onboarding on the local server and shows each webhook delivery. */
export function register(program: Command): void {
  program
    .command("enroll")
    .description("simulate one onboarding on the local server: its events are posted to the flow's webhook (loopback URLs only)")
    .requiredOption("--project <id>", "id of an active project whose flow has a webhook")
    .option("--outcome <outcome>", OUTCOMES.join(" | "), "completed")
    .option("--server <url>", "the local server (default: $SMARTENROLL_BASE_URL or http://127.0.0.1:8080)", process.env.SMARTENROLL_BASE_URL || "http://127.0.0.1:8080")
    .option("--admin-token <token>", "the emulator's admin token (default: $SMARTENROLL_ADMIN_TOKEN)")
    .option("--timeout-ms <ms>", "per-event delivery timeout, 1 to 10000", "2000")
    .option("--no-wait", "return once the enrollment is accepted, without waiting for the deliveries")
    .addHelpText("after", "\nExit status: 0 every event delivered, 2 some not delivered, 1 error or nothing to deliver.")
    .action(async (o: EnrollOptions) => {
      process.exitCode = await enroll(o);
    });
}
