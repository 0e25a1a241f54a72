export * from "./rhythm.ts";
export * from "./sealing.ts";
