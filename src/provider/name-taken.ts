import { namedExactly, type SmartEnrollClient } from "../client";
import { AttributePath, type Diagnostics } from "../plugin";

/**
 * After a 409 on create: when a project with exactly this name exists (looked up by name), an error on `name`
 * saying how to adopt it, with its id; false (nothing added) when no such project can be found.
 */
export async function addNameTaken(client: SmartEnrollClient, name: string, diags: Diagnostics, signal: AbortSignal): Promise<boolean> {
  let ids: string[];
  try {
    ids = (await namedExactly(client.projects.listAll({ like_name: name }, { signal }), name)).map((p) => p._id);
  } catch {
    return false;
  }
  if (ids.length === 0) return false;
  const id = ids.length === 1 ? ids[0] : "<id>";
  diags.addAttributeError(
    AttributePath.root("name"),
    "Project Name Already Taken",
    `a project named "${name}" already exists (id ${ids.join(", ")}) and this resource does not manage it; adopt it with \`terraform import <address> ${id}\` or an \`import {}\` block:\n\n` +
      `  import {\n    to = <address>   # e.g. smartenroll_project.main\n    id = "${id}"\n  }\n\n` +
      "then plan again; or give this project another name. Nothing was created.",
  );
  return true;
}
