import type { Command } from "commander";
import { signToken } from "../server/auth";
import { jwtSecretOf, withJwtSecret } from "./jwt-secret";

/** `smartenroll token`: prints an HS256 JWT the local server accepts. */
export function register(program: Command): void {
  withJwtSecret(program.command("token").description("print a signed JWT (HS256) for the local server"), "to sign with, the same as the server's")
    .requiredOption("--user <id>", "user id, stored in the `sub` claim")
    .option("--ttl <duration>", 'lifetime, e.g. "30d", "12h", "15m"', "30d")
    .action(async (o: { jwtSecret?: string; secret?: string; user: string; ttl: string }) => {
      const secret = jwtSecretOf(o);
      if (!/^\d+\s*(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks|y|yr|yrs|year|years)$/i.test(o.ttl))
        throw new Error(`--ttl must look like 30d, 12h or 15m, not "${o.ttl}"`);
      console.log(await signToken({ secret, user: o.user, ttl: o.ttl }));
    });
}
