export * from "./coach/index.ts";
export * from "./contracts/index.ts";
export * from "./i18n/index.ts";
export * from "./instruments/index.ts";
export * from "./journal/prompts.ts";
export * from "./lessons/index.ts";
export * from "./policy/index.ts";
