import {
  ApiError,
  CreateJournalEntryBody,
  Id,
  JournalEntryResponse,
  JournalListQuery,
  JournalListResponse,
  UpdateJournalEntryBody,
} from "@mend/core";
import { z } from "zod";
import { viewerOf } from "../../http/auth-guard.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";
import { presentEntry } from "./presenter.ts";

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };
const params = z.object({ id: Id });

export function journalRoutes(app: ZodApp, { journal }: Services): void {
  app.post(
    "/api/journal",
    {
      schema: {
        tags: ["journal"],
        body: CreateJournalEntryBody,
        response: { 201: JournalEntryResponse, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const entry = await journal.create(viewer, request.body);
      return reply.code(201).send({ entry: presentEntry(entry, viewer) });
    },
  );

  app.get(
    "/api/journal",
    {
      schema: {
        tags: ["journal"],
        querystring: JournalListQuery,
        response: { 200: JournalListResponse, ...errors },
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const page = await journal.list(viewer, request.query.limit, request.query.cursor);
      return { entries: page.entries.map((e) => presentEntry(e, viewer)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/api/journal/:id",
    { schema: { tags: ["journal"], params, response: { 200: JournalEntryResponse, ...errors } } },
    async (request) => {
      const viewer = viewerOf(request);
      return { entry: presentEntry(await journal.get(viewer, request.params.id), viewer) };
    },
  );

  app.patch(
    "/api/journal/:id",
    {
      schema: {
        tags: ["journal"],
        params,
        body: UpdateJournalEntryBody,
        response: { 200: JournalEntryResponse, ...errors },
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      return { entry: presentEntry(await journal.update(viewer, request.params.id, request.body), viewer) };
    },
  );

  app.delete(
    "/api/journal/:id",
    { schema: { tags: ["journal"], params, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await journal.delete(viewerOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
