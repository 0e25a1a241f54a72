import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHROMIUM_PATH,
  chromiumInstalled,
  horizontalOverflow,
  launchChromium,
  screenshots,
  seriousA11yViolations,
} from "./browser.ts";
import { type RunningServer, startServer } from "./server.ts";

/**
 * Whether a journey can run. Without Chromium it is skipped with a plain notice — except under
 * CI=true, where a failing test says what to install. Call at the top level of a test file.
 */
export function chromiumGate(journey: string): boolean {
  const onCi = process.env.CI === "true";
  if (!chromiumInstalled && !onCi)
    console.warn(`Chromium not found at ${CHROMIUM_PATH}: the ${journey} was skipped.`);
  describe.runIf(!chromiumInstalled && onCi)(`${journey} prerequisites`, () => {
    it("needs Chromium on CI", () => {
      throw new Error(`CI=true but ${CHROMIUM_PATH} is missing; install Debian's chromium package.`);
    });
  });
  return chromiumInstalled;
}

export interface Journey {
  /** The server under test (set once the suite has started). */
  readonly server: RunningServer;
  /** Script errors and Content-Security-Policy refusals seen in any page. */
  readonly pageProblems: string[];
  newContext(width?: number): Promise<BrowserContext>;
  /** Listens to a page for script errors and CSP refusals. */
  watch(page: Page): Page;
  newPage(width?: number): Promise<Page>;
  /** axe (no serious or critical violations), no sideways scrolling at 320 px, and screenshots. */
  checkScreen(page: Page, name: string): Promise<void>;
}

/**
 * One real server and one Chromium for the `describe` it is called in, closed afterwards.
 * `testClock` starts the server with MEND_TEST_CLOCK=1 so the journey can move time forward.
 */
export function useJourney(options: { testClock?: boolean } = {}): Journey {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pageProblems: string[] = [];

  beforeAll(async () => {
    server = await startServer(options);
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  const journey: Journey = {
    get server() {
      if (!server) throw new Error("the journey's server has not started");
      return server;
    },
    pageProblems,
    async newContext(width = 360) {
      if (!browser) throw new Error("the journey's browser has not started");
      const context = await browser.newContext({ viewport: { width, height: 800 }, locale: "en-GB" });
      contexts.push(context);
      return context;
    },
    watch(page) {
      page.setDefaultTimeout(15_000);
      page.on("pageerror", (error) => pageProblems.push(`page error: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error" && /content security policy|refused to/i.test(message.text())) {
          pageProblems.push(`console: ${message.text()}`);
        }
      });
      return page;
    },
    async newPage(width = 360) {
      return journey.watch(await (await journey.newContext(width)).newPage());
    },
    async checkScreen(page, name) {
      // Judge the screen as it first appears. Scrolled, the sticky header covers part of the
      // links beneath it, and axe's target-size rule then counts them as overlapping — a matter
      // of where the test happened to leave the scroll, not of the screen.
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await seriousA11yViolations(page), `axe on ${name}`).toEqual([]);
      expect(await horizontalOverflow(page, 320), `overflow at 320 px on ${name}`).toBeLessThanOrEqual(0);
      await screenshots(page, name);
    },
  };
  return journey;
}
