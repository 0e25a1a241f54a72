/** The message coach: thinking traps, blame, contempt and ultimatums, and "I"-statement rewrites. */
export { analyzeMessage } from "./analyze.ts";
export { MAX_ANALYZED_LENGTH } from "./normalize.ts";
export { suggestRewrite } from "./rewrite.ts";
export * from "./types.ts";
