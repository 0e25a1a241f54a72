/**
 * The coach runs in a Web Worker (coach.worker.ts), a separate file that only people writing to
 * their partner with the coach on ever download. Its first answer waits for the engine to load;
 * the page stays responsive meanwhile. One worker per page, shared by every coached field.
 */
import type { AnalyzeResult, RewriteResult } from "@mend/core";
import { coach as catalogue } from "@mend/core/i18n/en/coach";
import type { CoachRequest, CoachResponse } from "./protocol.ts";

export interface CoachClient {
  analyze(text: string): Promise<AnalyzeResult>;
  rewrite(text: string): Promise<RewriteResult>;
}

interface Waiting {
  resolve: (result: AnalyzeResult | RewriteResult) => void;
  reject: (error: Error) => void;
}

let pending: Promise<CoachClient> | null = null;

export function loadCoach(): Promise<CoachClient> {
  pending ??= startWorker().catch((error: unknown) => {
    pending = null; // let a later field try again (e.g. after going back online)
    throw error;
  });
  return pending;
}

function startWorker(): Promise<CoachClient> {
  return new Promise((resolveClient, rejectClient) => {
    const worker = new Worker(new URL("./coach.worker.ts", import.meta.url), { type: "module" });
    const waiting = new Map<number, Waiting>();
    let nextId = 1;
    let failed: Error | null = null;

    // A worker that cannot load (offline, blocked) fails every request, now and later.
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      failed = new Error(event.message || "the coach could not load");
      for (const each of waiting.values()) each.reject(failed);
      waiting.clear();
      worker.terminate();
      pending = null;
      rejectClient(failed);
    });
    worker.addEventListener("message", (event: MessageEvent<CoachResponse>) => {
      const response = event.data;
      const each = waiting.get(response.id);
      if (!each) return;
      waiting.delete(response.id);
      if ("error" in response) each.reject(new Error(response.error));
      else each.resolve(response.result);
    });

    const ask = (text: string, rewrite: boolean): Promise<AnalyzeResult | RewriteResult> => {
      if (failed) return Promise.reject(failed);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage((rewrite ? { id, text, rewrite } : { id, text }) satisfies CoachRequest);
      });
    };

    worker.postMessage(catalogue satisfies CoachRequest);
    const client: CoachClient = {
      analyze: (text) => ask(text, false) as Promise<AnalyzeResult>,
      rewrite: (text) => ask(text, true) as Promise<RewriteResult>,
    };
    // The client is ready once the engine has answered once: until then "loading" is the truth.
    client.analyze("").then(() => resolveClient(client), rejectClient);
  });
}
