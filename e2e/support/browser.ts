import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { repoRoot } from "./server.ts";

/** Debian's chromium; `MEND_CHROMIUM_PATH` points elsewhere (or at nothing, to try the skip path). */
export const CHROMIUM_PATH = process.env.MEND_CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumInstalled = existsSync(CHROMIUM_PATH);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export const screenshotDir = join(repoRoot, "artifacts/screenshots");

/**
 * Waits two frames after a change of viewport: media-query listeners run in the next frame, and
 * a screen that re-renders for its width (the phone navigation) has then done so. Without this a
 * step right after a resize can find an element of the old width that is about to go.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** Full-page screenshots at 320, 360 and 1280 px; the viewport is restored afterwards. */
export async function screenshots(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  const before = page.viewportSize() ?? { width: 360, height: 800 };
  for (const width of [320, 360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(50);
    await page.screenshot({ path: join(screenshotDir, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(before);
  await settle(page);
}

/** axe-core: WCAG 2.x A/AA and best practices; serious or critical findings fail. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .map((node) => node.target.join(" "))
          .join(", ")}`,
    );
}

/** Nothing may stick out sideways at the narrowest phones we support. */
export async function horizontalOverflow(page: Page, width: number): Promise<number> {
  const before = page.viewportSize() ?? { width: 360, height: 800 };
  await page.setViewportSize({ width, height: 700 });
  await page.waitForTimeout(50);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await page.setViewportSize(before);
  await settle(page);
  return overflow;
}
