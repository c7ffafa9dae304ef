export { startServer, type RunningServer, type ServerOptions } from "./start";
export { signToken } from "./auth";
export { dumpDb, openDb } from "./db";
export type { LoggedRequest } from "./request-log";
