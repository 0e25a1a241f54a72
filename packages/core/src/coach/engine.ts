/**
 * The coach's engine without its English texts, for the web app's Web Worker, which is sent the
 * texts by the page (catalogue.ts). Everything else imports index.ts, which sets them.
 */
export { analyzeMessage } from "./analyze.ts";
export { setCoachMessages } from "./catalogue.ts";
export { suggestRewrite } from "./rewrite.ts";
