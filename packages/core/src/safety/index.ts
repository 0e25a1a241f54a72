/**
 * Staying safe and getting support (PRODUCT.md §9, §10): the private safety check, crisis words
 * noticed as someone types, when to suggest a professional, and where to find help. All pure.
 */
// crisis.ts is left out on purpose: the web app loads it lazily from "@mend/core/safety/crisis",
// which only works if the main entry does not pull it in too.
export * from "./check.ts";
export * from "./crisis-kinds.ts";
export * from "./resources.ts";
export * from "./when-to-get-help.ts";
