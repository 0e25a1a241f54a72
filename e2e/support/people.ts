import type { APIRequestContext, Page } from "playwright-core";
import { expect } from "vitest";
import type { Journey } from "./journey.ts";

/** The header every state change needs (the server's CSRF guard). */
export const CLIENT = { "x-mend-client": "e2e" };

export interface Person {
  displayName: string;
  email: string;
  password: string;
}

/** A person with a unique e-mail for this run. */
export function person(displayName: string, tag: string): Person {
  const run = Date.now().toString(36);
  return {
    displayName,
    email: `${displayName.toLowerCase()}-${tag}-${run}@example.com`,
    password: `${displayName.toLowerCase()}-lantern-orchard-42`,
  };
}

/** Registers through the API; the page's context keeps the session cookie. */
export async function register(journey: Journey, request: APIRequestContext, who: Person): Promise<void> {
  const response = await request.post(`${journey.server.baseUrl}/api/auth/register`, {
    data: who,
    headers: CLIENT,
  });
  expect(response.status(), await response.text()).toBe(201);
}

/** Links two signed-in people as a couple through invite and join. */
export async function link(journey: Journey, a: Page, b: Page): Promise<void> {
  const invite = await a.request.post(`${journey.server.baseUrl}/api/couple/invite`, { headers: CLIENT });
  expect(invite.status()).toBeLessThan(300);
  const { code } = (await invite.json()) as { code: string };
  const join = await b.request.post(`${journey.server.baseUrl}/api/couple/join`, {
    data: { code },
    headers: CLIENT,
  });
  expect(join.status(), await join.text()).toBeLessThan(300);
}

/** Opens a path and waits for its page heading. */
export async function open(
  journey: Journey,
  page: Page,
  path: string,
  heading: string | RegExp,
): Promise<void> {
  await page.goto(`${journey.server.baseUrl}${path}`);
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
}
