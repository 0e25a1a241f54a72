export * from "./assessments.ts";
export * from "./auth.ts";
export * from "./coach.ts";
export * from "./common.ts";
export * from "./couple.ts";
export * from "./journal.ts";
export * from "./lessons.ts";
export * from "./preferences.ts";
