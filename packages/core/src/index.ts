// The coach's code is imported from "@mend/core/coach/index" so the web app can load it lazily;
// its types (and the list of kinds) are light and come with the rest.

export * from "./checkins/index.ts";
export * from "./coach/types.ts";
export * from "./commitments/index.ts";
export * from "./contracts/index.ts";
export * from "./i18n/index.ts";
export * from "./instruments/index.ts";
export * from "./journal/prompts.ts";
export * from "./lessons/index.ts";
export * from "./policy/index.ts";
export * from "./repairs/index.ts";
export * from "./safety/index.ts";
export * from "./thought-records/index.ts";
export * from "./trust-actions/index.ts";
