/** The message coach: thinking traps, blame, contempt and ultimatums, and "I"-statement rewrites. */
import { coach } from "../i18n/en/coach.ts";
import { setCoachMessages } from "./catalogue.ts";

setCoachMessages(coach);

export { analyzeMessage } from "./analyze.ts";
export type { CoachMessages } from "./catalogue.ts";
export { MAX_ANALYZED_LENGTH } from "./normalize.ts";
export { suggestRewrite } from "./rewrite.ts";
export * from "./types.ts";
