import {
  ApiError,
  CheckinAnswerBody,
  CheckinListResponse,
  CheckinNoteBody,
  CheckinResponse,
  Id,
  RhythmBody,
  RhythmResponse,
  type Viewer,
} from "@mend/core";
import { z } from "zod";
import { viewerOf } from "../../http/auth-guard.ts";
import { notFound } from "../../http/errors.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";
import { rhythmCalendar } from "./calendar.ts";
import type { RhythmRecord } from "./repo.ts";

const errors = { 400: ApiError, 401: ApiError, 404: ApiError, 409: ApiError };
const params = z.object({ id: Id });

function presentRhythm(r: RhythmRecord | null, viewer: Viewer) {
  return (
    r && {
      cadence: r.cadence,
      weekday: r.weekday,
      time: r.time,
      timeZone: r.timeZone,
      startsOn: r.startsOn,
      status: r.acceptedAt ? ("active" as const) : ("proposed" as const),
      proposedBy: { id: r.proposedBy, displayName: r.proposedByName },
      mine: r.proposedBy === viewer.userId,
    }
  );
}

export function checkinRoutes(app: ZodApp, { checkins, config }: Services): void {
  app.get(
    "/api/checkins/rhythm",
    { schema: { tags: ["checkins"], response: { 200: RhythmResponse, ...errors } } },
    async (request) => {
      const viewer = viewerOf(request);
      return { rhythm: presentRhythm(await checkins.rhythm(viewer), viewer) };
    },
  );

  app.put(
    "/api/checkins/rhythm",
    { schema: { tags: ["checkins"], body: RhythmBody, response: { 200: RhythmResponse, ...errors } } },
    async (request) => {
      const viewer = viewerOf(request);
      return { rhythm: presentRhythm(await checkins.propose(viewer, request.body), viewer) };
    },
  );

  app.post(
    "/api/checkins/rhythm/accept",
    { schema: { tags: ["checkins"], response: { 200: RhythmResponse, ...errors } } },
    async (request) => {
      const viewer = viewerOf(request);
      return { rhythm: presentRhythm(await checkins.accept(viewer), viewer) };
    },
  );

  app.get(
    "/api/checkins/calendar.ics",
    { schema: { tags: ["checkins"], produces: ["text/calendar"], response: { 200: z.string(), ...errors } } },
    async (request, reply) => {
      const rhythm = await checkins.rhythm(viewerOf(request));
      if (!rhythm?.acceptedAt) throw notFound("agreed rhythm");
      return reply
        .type("text/calendar; charset=utf-8")
        .header("content-disposition", 'attachment; filename="mend-checkins.ics"')
        .send(rhythmCalendar(rhythm, new URL("/checkins", config.publicUrl).toString()));
    },
  );

  app.get(
    "/api/checkins/current",
    { schema: { tags: ["checkins"], response: { 200: CheckinResponse, ...errors } } },
    async (request) => ({ checkin: await checkins.current(viewerOf(request)) }),
  );

  app.get(
    "/api/checkins",
    { schema: { tags: ["checkins"], response: { 200: CheckinListResponse, ...errors } } },
    async (request) => ({ checkins: await checkins.list(viewerOf(request)) }),
  );

  app.get(
    "/api/checkins/:id",
    { schema: { tags: ["checkins"], params, response: { 200: CheckinResponse, ...errors } } },
    async (request) => ({ checkin: await checkins.get(viewerOf(request), request.params.id) }),
  );

  app.post(
    "/api/checkins/:id/answers",
    {
      schema: {
        tags: ["checkins"],
        params,
        body: CheckinAnswerBody,
        response: { 201: CheckinResponse, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send({ checkin: await checkins.answer(viewerOf(request), request.params.id, request.body) }),
  );

  app.post(
    "/api/checkins/:id/notes",
    {
      schema: {
        tags: ["checkins"],
        params,
        body: CheckinNoteBody,
        response: { 201: CheckinResponse, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send({ checkin: await checkins.addNote(viewerOf(request), request.params.id, request.body.body) }),
  );
}
