import fs from "node:fs";
import path from "node:path";
import { BUILT_IN_INSTRUMENTS, InstrumentDefinition } from "@mend/core";

export class InstrumentFileError extends Error {}

/**
 * Mend's own instruments plus the operator's (JSON files in MEND_INSTRUMENT_DIR, e.g. licensed
 * scales). A bad file stops start-up with a message naming the file and the problem.
 */
export class InstrumentRegistry {
  private readonly byId: Map<string, InstrumentDefinition>;

  constructor(definitions: readonly InstrumentDefinition[]) {
    this.byId = new Map(definitions.map((d) => [d.id, d]));
  }

  static load(dir: string | undefined): InstrumentRegistry {
    const all = [...BUILT_IN_INSTRUMENTS];
    if (dir) {
      if (!fs.existsSync(dir)) throw new InstrumentFileError(`MEND_INSTRUMENT_DIR ${dir} does not exist`);
      const files = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort();
      for (const file of files) {
        const where = path.join(dir, file);
        let raw: unknown;
        try {
          raw = JSON.parse(fs.readFileSync(where, "utf8"));
        } catch (error) {
          throw new InstrumentFileError(
            `${where}: not valid JSON (${error instanceof Error ? error.message : error})`,
          );
        }
        const parsed = InstrumentDefinition.safeParse(raw);
        if (!parsed.success) {
          const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`);
          throw new InstrumentFileError(`${where}: ${problems.join("; ")}`);
        }
        if (all.some((d) => d.id === parsed.data.id)) {
          throw new InstrumentFileError(`${where}: an instrument with id "${parsed.data.id}" already exists`);
        }
        all.push(parsed.data);
      }
    }
    return new InstrumentRegistry(all);
  }

  list(): InstrumentDefinition[] {
    return [...this.byId.values()];
  }

  get(id: string): InstrumentDefinition | undefined {
    return this.byId.get(id);
  }
}
