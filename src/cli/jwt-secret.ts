import { type Command, Option } from "commander";
import { JWT_SECRET_SETTINGS } from "../model/local-server";

/** Adds `--jwt-secret` (with `--secret`, its older spelling, as a hidden alias) to `server` and `token`. */
export function withJwtSecret(command: Command, what: string): Command {
  return command
    .addOption(new Option(`${JWT_SECRET_SETTINGS.flag} <secret>`, `HS256 secret ${what} (default: $${JWT_SECRET_SETTINGS.env})`))
    .addOption(new Option("--secret <secret>").hideHelp().conflicts("jwtSecret"));
}

/** The secret from `--jwt-secret`, `--secret` or the environment; throws naming both ways to give it. */
export function jwtSecretOf(o: { jwtSecret?: string; secret?: string }): string {
  const secret = o.jwtSecret ?? o.secret ?? process.env[JWT_SECRET_SETTINGS.env];
  if (!secret) throw new Error(`a JWT secret is required: pass ${JWT_SECRET_SETTINGS.flag} or set ${JWT_SECRET_SETTINGS.env}`);
  return secret;
}
