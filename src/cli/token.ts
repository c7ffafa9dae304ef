import type { Command } from "commander";
import { signToken } from "../server/auth";

/** `smartenroll token`: prints an HS256 JWT the local server accepts. */
export function register(program: Command): void {
  program
    .command("token")
    .description("print a signed JWT (HS256) for the local server")
    .option("--secret <secret>", "HS256 secret (default: $SMARTENROLL_JWT_SECRET)")
    .requiredOption("--user <id>", "user id, stored in the `sub` claim")
    .option("--ttl <duration>", 'lifetime, e.g. "30d", "12h", "15m"', "30d")
    .action(async (o: { secret?: string; user: string; ttl: string }) => {
      const secret = o.secret ?? process.env.SMARTENROLL_JWT_SECRET;
      if (!secret) throw new Error("a secret is required: pass --secret or set SMARTENROLL_JWT_SECRET");
      if (!/^\d+\s*(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks|y|yr|yrs|year|years)$/i.test(o.ttl))
        throw new Error(`--ttl must look like 30d, 12h or 15m, not "${o.ttl}"`);
      console.log(await signToken({ secret, user: o.user, ttl: o.ttl }));
    });
}
