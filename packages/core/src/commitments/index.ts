export * from "./reliability.ts";
export * from "./schedule.ts";
