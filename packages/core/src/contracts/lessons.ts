import { z } from "zod";
import { IsoDateTime } from "./common.ts";

export const LessonProgress = z.object({ id: z.string(), readAt: IsoDateTime.nullable() });
export const LessonsResponse = z.object({ lessons: z.array(LessonProgress) });
export const LessonIdParam = z.object({ id: z.string().regex(/^[a-z0-9-]{1,64}$/, "is not a lesson id") });
