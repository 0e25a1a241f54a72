/**
 * The safety and support endpoints. Every answer is checked against the contract the server
 * uses. The safety check's own data lives under its own query keys, and nothing here is ever
 * invalidated by a partner's event: the check is its author's alone.
 */
import {
  ResourcesResponse,
  type SafetyCheckBody,
  SafetyCheckListResponse,
  SafetyCheckResponse,
  SafetyModeResponse,
  SupportSuggestionsResponse,
} from "@mend/core";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { json } from "../../api/client.ts";
import { ApiRequestError } from "../../api/index.ts";

export type SafetyCheckResult = z.output<typeof SafetyCheckResponse>["check"];
export type SafetyMode = z.output<typeof SafetyModeResponse>;
export type ResourceList = z.output<typeof ResourcesResponse>;
export type SupportResource = ResourceList["resources"][number];
export type SupportSuggestion = z.output<typeof SupportSuggestionsResponse>["suggestions"][number];

/** English for now: the catalogue has one locale, and the resources follow it. */
const LOCALE = "en";

export const safetyApi = {
  check: (body: SafetyCheckBody) => json(SafetyCheckResponse, "POST", "/api/safety/check", body),
  checks: () => json(SafetyCheckListResponse, "GET", "/api/safety/checks"),
  mode: () => json(SafetyModeResponse, "GET", "/api/safety/mode"),
  setMode: (on: boolean) => json(SafetyModeResponse, "PUT", "/api/safety/mode", { on }),
  resources: () => json(ResourcesResponse, "GET", `/api/safety/resources?locale=${LOCALE}`),
  suggestions: () => json(SupportSuggestionsResponse, "GET", "/api/support/suggestions"),
};

export const safetyKeys = {
  checks: ["safety", "checks"] as const,
  mode: ["safety", "mode"] as const,
  resources: ["safety", "resources", LOCALE] as const,
  suggestions: ["support", "suggestions"] as const,
};

/** Resources change only when the operator edits a file: keep them for the whole visit. */
export const RESOURCES_STALE_MS = 60 * 60 * 1000;

export function useResources() {
  return useQuery({
    queryKey: safetyKeys.resources,
    queryFn: safetyApi.resources,
    staleTime: RESOURCES_STALE_MS,
  });
}

export function useSafetyMode() {
  return useQuery({ queryKey: safetyKeys.mode, queryFn: safetyApi.mode });
}

export function useSuggestions() {
  return useQuery({ queryKey: safetyKeys.suggestions, queryFn: safetyApi.suggestions });
}

/** The server's neutral 409 while one partner has safety mode on. */
export function isCouplePaused(error: unknown): boolean {
  return error instanceof ApiRequestError && error.code === "couple_paused";
}
