/**
 * The message coach, off the page's main thread. Loading it (compiling the rules, building the
 * planner) takes a second or more on a phone, and each analysis a few milliseconds: here neither
 * holds up typing or scrolling. The page's first message is the catalogue's texts (catalogue.ts in
 * core); every later one is a request, answered with its id.
 */
import { analyzeMessage, setCoachMessages, suggestRewrite } from "@mend/core/coach/engine";
import type { CoachRequest, CoachResponse } from "./protocol.ts";

// The web app's TypeScript library is the DOM's, where `self` is a Window; a worker's own scope
// needs only these two.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CoachRequest>) => void) | null;
  postMessage(message: CoachResponse): void;
};

scope.onmessage = ({ data }) => {
  if (typeof data.id !== "number") {
    setCoachMessages(data as Exclude<CoachRequest, { id: number }>);
    return;
  }
  const { id, text, rewrite } = data as Extract<CoachRequest, { id: number }>;
  try {
    scope.postMessage({ id, result: rewrite ? suggestRewrite(text) : analyzeMessage(text) });
  } catch (error) {
    scope.postMessage({ id, error: String(error) });
  }
};
