import fs from "node:fs";
import { ResourceFile } from "@mend/core";

export class ResourceFileError extends Error {}

/** Reads the operator's helplines file at start; a bad file stops start naming the file and problem. */
export function loadResourceFile(file: string | undefined): ResourceFile | null {
  if (!file) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new ResourceFileError(
      `MEND_RESOURCES_FILE ${file}: ${error instanceof Error ? error.message : error}`,
    );
  }
  const parsed = ResourceFile.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`);
    throw new ResourceFileError(`MEND_RESOURCES_FILE ${file}: ${problems.join("; ")}`);
  }
  return parsed.data;
}
