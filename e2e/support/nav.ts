import type { Locator, Page } from "playwright-core";

/** The partner's main navigation landmark. */
export function mainNav(page: Page): Locator {
  return page.getByRole("navigation", { name: "Main" });
}

/** The "More" disclosure button of the phone navigation (its name grows when it holds the current place). */
export function moreButton(page: Page): Locator {
  return mainNav(page).getByRole("button", { name: /^More\b/ });
}

/**
 * A place's link in the main navigation, ready to use. On a phone most places sit under "More":
 * it is opened first when the link is not already showing. (Hidden links have no role, so the
 * locator only ever finds the one a person can see.)
 */
export async function mainNavLink(page: Page, name: string): Promise<Locator> {
  const link = mainNav(page).getByRole("link", { name, exact: true });
  const more = moreButton(page);
  await link.or(more).first().waitFor();
  if (!(await link.isVisible())) {
    if ((await more.getAttribute("aria-expanded")) !== "true") await more.click();
    await link.waitFor();
  }
  return link;
}

/** Goes to a place through the main navigation, as a person would. */
export async function navigateTo(page: Page, name: string): Promise<void> {
  await (await mainNavLink(page, name)).click();
}
