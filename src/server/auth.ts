import { SignJWT, jwtVerify } from "jose";

const key = (secret: string) => new TextEncoder().encode(secret);

/** Signs an HS256 JWT whose `sub` is `user`, valid for `ttl` (e.g. "30d", "1h"; default "30d"). */
export async function signToken(opts: { secret: string; user: string; ttl?: string }): Promise<string> {
  return await new SignJWT({})
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(opts.user)
    .setIssuedAt()
    .setExpirationTime(opts.ttl ?? "30d")
    .sign(key(opts.secret));
}

/**
 * Verifies a Bearer header (HS256 only); returns the user (`sub`) or undefined when missing, invalid, expired
 * or without an `exp` claim (the API's tokens always expire: 30 days unless renewed for longer).
 */
export async function authenticate(header: string | undefined, secret: Uint8Array): Promise<string | undefined> {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!m) return undefined;
  try {
    const { payload } = await jwtVerify(m[1], secret, { algorithms: ["HS256"], requiredClaims: ["exp"] });
    return typeof payload.sub === "string" && payload.sub !== "" ? payload.sub : undefined;
  } catch {
    return undefined;
  }
}

/** The secret as jose key bytes. */
export const secretKey = key;
