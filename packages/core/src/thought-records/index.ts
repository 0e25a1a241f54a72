export * from "./trend.ts";
