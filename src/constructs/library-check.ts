/** This package's entry point for each CDK library it is built for. */
export const ENTRY_POINT: Record<string, string> = { cdktf: "smartenroll-iac", cdktn: "smartenroll-iac/cdktn" };

/** The message for a failed load of the CDK library, or undefined when `err` is about something else. */
export function missingLibraryMessage(err: unknown): string | undefined {
  const e = err as { code?: string; message?: string };
  const library = e.code === "MODULE_NOT_FOUND" ? /^Cannot find module '(cdkt[fn])'/.exec(String(e.message))?.[1] : undefined;
  if (!library) return undefined;
  const other = library === "cdktf" ? "cdktn" : "cdktf";
  return `"${ENTRY_POINT[library]}" is built for ${library}, which is not installed in this project. An app on ${other} imports from "${ENTRY_POINT[other]}"; an app on ${library} needs \`npm install ${library}\`.`;
}

/**
 * Loads the CDK library this build of the package is for (this import is renamed in the cdktn build), before anything
 * else needs it: when it is missing, the error says which entry point to import instead.
 */
export function requireCdkLibrary(): void {
  try {
    require("cdktf");
  } catch (err) {
    const message = missingLibraryMessage(err);
    throw message ? new Error(message) : err;
  }
}
