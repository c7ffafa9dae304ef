/**
 * How the local SmartEnroll server (`smartenroll server`) tells itself apart from the hosted API, and where its
 * JWT secret is set. Kept free of zod: the API client reads it.
 */

/** The `Server` header of every answer from the local server. */
export const LOCAL_SERVER_SOFTWARE = "smartenroll-local-server";

/** True when a `Server` header names the local server. */
export const isLocalServer = (server: string | undefined): boolean => server?.split("/")[0]?.trim() === LOCAL_SERVER_SOFTWARE;

/** The environment variable and the flag (of both `smartenroll server` and `smartenroll token`) that set the JWT secret. */
export const JWT_SECRET_SETTINGS = { env: "SMARTENROLL_JWT_SECRET", flag: "--jwt-secret" } as const;
