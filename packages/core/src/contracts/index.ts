export * from "./auth.ts";
export * from "./common.ts";
export * from "./couple.ts";
export * from "./journal.ts";
export * from "./assessments.ts";
