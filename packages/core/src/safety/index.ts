/**
 * Staying safe and getting support (PRODUCT.md §9, §10): the private safety check, crisis words
 * noticed as someone types, when to suggest a professional, and where to find help. All pure.
 */
export * from "./check.ts";
export * from "./crisis.ts";
export * from "./resources.ts";
export * from "./when-to-get-help.ts";
