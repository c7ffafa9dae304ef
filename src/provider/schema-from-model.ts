import type { z } from "zod";
import { fieldAt, fieldDoc, listElement } from "../model";

/** The zod schema at a camelCase path (object keys; lists are stepped through). */
export function modelAt(root: z.ZodType, path: readonly string[]): z.ZodType | undefined {
  return fieldAt(root, path);
}

/** The description (with its default) of the model field at `path`, or of its list elements. */
export function modelDescription(root: z.ZodType, path: readonly string[]): string | undefined {
  const s = fieldAt(root, path);
  if (!s) return undefined;
  const element = listElement(s);
  return fieldDoc(s) ?? (element && fieldDoc(element));
}
