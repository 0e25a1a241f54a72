import { defineConfig } from "vitest/config";

// Unit and integration suites. The browser journeys have their own config in e2e/.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "core",
          include: ["packages/core/test/**/*.test.ts", "packages/core/scripts/**/*.test.ts"],
        },
      },
      { test: { name: "web", include: ["packages/web/test/**/*.test.ts"] } },
      {
        test: {
          name: "server",
          include: ["packages/server/test/**/*.test.ts"],
          globalSetup: ["packages/server/test/support/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
