import { ApiError } from "@mend/core";
import { z } from "zod";
import { EVERYONE, SESSION_COOKIE, viewerOf } from "../http/auth-guard.ts";
import type { ZodApp } from "../http/types.ts";
import type { Services } from "../services.ts";

/** Comment lines keep proxies from closing an idle stream; each also re-checks the session. */
export const HEARTBEAT_MS = 20_000;

/**
 * `GET /api/events` — server-sent events for the signed-in person: `id`, `event: <type>` and
 * `data: {"type","subjectId"}`. A reconnecting browser sends Last-Event-ID and receives what it
 * missed. When the session ends (signed out, or ended from another device) the stream closes.
 */
export function eventRoutes(app: ZodApp, { events, sessions }: Services): void {
  app.get(
    "/api/events",
    {
      config: { roles: EVERYONE },
      schema: {
        tags: ["realtime"],
        querystring: z.object({
          lastEventId: z.coerce.number().int().min(0).optional(),
          once: z
            .enum(["true", "false"])
            .optional()
            .describe("send what is waiting, then end: for clients that poll instead of holding a stream"),
        }),
        response: { 200: z.string().describe("text/event-stream"), 401: ApiError },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const token = request.cookies[SESSION_COOKIE] ?? "";
      const header = Number(request.headers["last-event-id"]);
      const resumeFrom = Number.isInteger(header) && header >= 0 ? header : request.query.lastEventId;
      let lastId = resumeFrom ?? (await events.latestId(viewer.userId));

      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      raw.write("retry: 3000\n\n");

      let sending = false;
      let again = false;
      let open = true;
      const send = async (): Promise<void> => {
        if (sending) {
          again = true;
          return;
        }
        sending = true;
        try {
          do {
            again = false;
            for (const event of await events.after(viewer.userId, lastId)) {
              if (!open) return;
              lastId = event.id;
              const data = JSON.stringify({ type: event.type, subjectId: event.subjectId });
              raw.write(`id: ${event.id}\nevent: ${event.type}\ndata: ${data}\n\n`);
            }
          } while (again && open);
        } catch (error) {
          request.log.warn({ err: { type: (error as Error).name } }, "event stream read failed");
        } finally {
          sending = false;
        }
      };

      const unsubscribe = events.notifier.subscribe((recipientId) => {
        if (recipientId === viewer.userId || recipientId === "*") void send();
      });
      const heartbeat = setInterval(async () => {
        if (!(await sessions.resolve(token))) return close();
        raw.write(": heartbeat\n\n");
      }, HEARTBEAT_MS);
      const close = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        raw.end();
      };
      request.raw.on("close", close);
      await send();
      if (request.query.once === "true") close();
    },
  );
}
