import { defineConfig } from "@playwright/test";

// scripts/test.mjs sets DATABASE_URL (a freshly seeded demo database), E2E_PORT and CHROMIUM_PATH.
// E2E_BASE_URL points the tests at a server that is already running (development only).
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: ".",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  outputDir: "../.results/e2e-artifacts",
  use: {
    baseURL,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || undefined },
    screenshot: "only-on-failure",
    trace: "off",
  },
  webServer: process.env.E2E_BASE_URL ? undefined : {
    command: `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
    cwd: "../..",
    url: `${baseURL}/signin`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      NEXTAUTH_SECRET: "e2e-secret-that-is-long-enough-0123456789",
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
    },
  },
});
