import Database from "better-sqlite3";

/** The server's SQLite database: one file (WAL) or in memory. */
export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS projects (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  user TEXT NOT NULL,
  name TEXT NOT NULL,
  status TEXT NOT NULL,
  target TEXT NOT NULL,
  created_at TEXT NOT NULL,
  doc TEXT NOT NULL,
  UNIQUE (user, name)
);
CREATE INDEX IF NOT EXISTS projects_user_created ON projects (user, created_at DESC, seq DESC);
CREATE TABLE IF NOT EXISTS flows (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  user TEXT NOT NULL,
  project TEXT NOT NULL,
  status TEXT NOT NULL,
  type TEXT NOT NULL,
  target TEXT NOT NULL,
  created_at TEXT NOT NULL,
  doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS flows_user_project ON flows (user, project);
CREATE TABLE IF NOT EXISTS webhooks (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  user TEXT NOT NULL,
  name TEXT NOT NULL,
  url TEXT NOT NULL,
  created_at TEXT NOT NULL,
  doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS webhooks_user_created ON webhooks (user, created_at DESC, seq DESC);
`;

/** Opens (and creates if needed) the database; omit `file` for an in-memory store. */
export function openDb(file?: string): Db {
  const db = new Database(file ?? ":memory:");
  if (file) {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
  }
  db.pragma("foreign_keys = ON");
  db.exec(SCHEMA);
  return db;
}

/** Deletes every row (the `/_emulator/reset` endpoint). */
export function clearDb(db: Db): void {
  db.exec("DELETE FROM webhooks; DELETE FROM flows; DELETE FROM projects;");
}

/** Every stored row, ordered, for before/after comparisons in tests. */
export function dumpDb(db: Db): { projects: unknown[]; flows: unknown[]; webhooks: unknown[] } {
  return {
    projects: db.prepare("SELECT id, user, name, status, target, created_at, doc FROM projects ORDER BY id").all(),
    flows: db.prepare("SELECT id, user, project, status, type, target, created_at, doc FROM flows ORDER BY id").all(),
    webhooks: db.prepare("SELECT id, user, name, url, created_at, doc FROM webhooks ORDER BY id").all(),
  };
}
