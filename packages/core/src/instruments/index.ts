import { attachment } from "./definitions/attachment.ts";
import { relationshipTrust } from "./definitions/relationship-trust.ts";
import { selfWorth } from "./definitions/self-worth.ts";
import { trustSignals } from "./definitions/trust-signals.ts";
import { InstrumentDefinition } from "./schema.ts";

export * from "./schema.ts";
export * from "./score.ts";

/** The instruments Mend ships, validated once at load so a broken definition fails loudly. */
export const BUILT_IN_INSTRUMENTS: readonly InstrumentDefinition[] = [
  trustSignals,
  relationshipTrust,
  attachment,
  selfWorth,
].map((definition) => InstrumentDefinition.parse(definition));
