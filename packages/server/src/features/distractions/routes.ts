import { ApiError, DistractionsBody, DistractionsResponse } from "@mend/core";
import { dbTime } from "../../db/convert.ts";
import { viewerOf } from "../../http/auth-guard.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";

const errors = { 400: ApiError, 401: ApiError };

/** The person's own list of healthy distractions, for the "I'm spiralling" page. Theirs alone. */
export function distractionRoutes(app: ZodApp, { db, clock }: Services): void {
  app.get(
    "/api/me/distractions",
    { schema: { tags: ["spiralling"], response: { 200: DistractionsResponse, ...errors } } },
    async (request) => {
      const row = await db
        .selectFrom("user_distractions")
        .select("items")
        .where("user_id", "=", viewerOf(request).userId)
        .executeTakeFirst();
      return { items: row ? (JSON.parse(row.items) as string[]) : [] };
    },
  );

  app.put(
    "/api/me/distractions",
    {
      schema: {
        tags: ["spiralling"],
        body: DistractionsBody,
        response: { 200: DistractionsResponse, ...errors },
      },
    },
    async (request) => {
      const items = request.body.items.map((i) => i.trim());
      const values = { items: JSON.stringify(items), updated_at: dbTime(clock.now()) };
      await db
        .insertInto("user_distractions")
        .values({ user_id: viewerOf(request).userId, ...values })
        .onConflict((oc) => oc.column("user_id").doUpdateSet(values))
        .execute();
      return { items };
    },
  );
}
