import http from "node:http";

/** A minimal server-sent-events reader for tests: collects events until told to stop. */
export interface SseClient {
  events: { id: string; event: string; data: string }[];
  waitFor(predicate: (e: { event: string; data: string }) => boolean, timeoutMs: number): Promise<number>;
  close(): void;
}

export function openSse(url: string, cookie: string, lastEventId?: number): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { cookie, accept: "text/event-stream" };
    if (lastEventId !== undefined) headers["last-event-id"] = String(lastEventId);
    const request = http.get(url, { headers }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`status ${response.statusCode}`));
        return;
      }
      const events: SseClient["events"] = [];
      const waiters: (() => void)[] = [];
      let buffer = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) =>
            block
              .split("\n")
              .find((line) => line.startsWith(`${name}: `))
              ?.slice(name.length + 2) ?? "";
          if (block.includes("event: "))
            events.push({ id: field("id"), event: field("event"), data: field("data") });
          for (const wake of waiters.splice(0)) wake();
          end = buffer.indexOf("\n\n");
        }
      });
      resolve({
        events,
        waitFor(predicate, timeoutMs) {
          const started = Date.now();
          return new Promise((done, fail) => {
            const check = () => {
              if (events.some(predicate)) return done(Date.now() - started);
              if (Date.now() - started > timeoutMs)
                return fail(new Error(`no matching event within ${timeoutMs} ms`));
              waiters.push(check);
              setTimeout(check, 50);
            };
            check();
          });
        },
        close: () => request.destroy(),
      });
    });
    request.on("error", reject);
  });
}
