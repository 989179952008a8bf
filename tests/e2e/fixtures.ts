import { test as base, expect, type Locator, type Page } from "@playwright/test";
import demo from "../../prisma/demo/users.json";

export type DemoRole = "owner" | "editor" | "reviewer" | "viewer";

export const demoUser = (role: DemoRole) => {
  const user = demo.users.find((u) => u.key === role)!;
  return { email: user.email, password: demo.password, name: user.name };
};

/**
 * Signs in through next-auth's credentials endpoint (not the form) and fails
 * the test on any console.error or uncaught page error.
 */
type Fixtures = {
  signIn: (role: DemoRole) => Promise<Page>;
  /** Declares a console error the test provokes on purpose (e.g. the 401 of a wrong password). */
  expectConsoleError: (pattern: RegExp) => void;
  consoleErrors: { expected: RegExp[] };
};

export const test = base.extend<Fixtures>({
  consoleErrors: async ({}, use) => {
    await use({ expected: [] });
  },
  expectConsoleError: async ({ consoleErrors }, use) => {
    await use((pattern) => consoleErrors.expected.push(pattern));
  },
  page: async ({ page, consoleErrors }, use) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const text = message.text();
      if (!consoleErrors.expected.some((pattern) => pattern.test(text))) problems.push(`console.error: ${text} (${message.location().url})`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    await use(page);
    expect(problems, "the page logged errors").toEqual([]);
  },
  signIn: async ({ page }, use) => {
    await use(async (role) => {
      const { email, password } = demoUser(role);
      const csrf = await (await page.request.get("/api/auth/csrf")).json();
      const response = await page.request.post("/api/auth/callback/credentials", {
        form: { csrfToken: csrf.csrfToken, email, password, json: "true" },
      });
      expect(response.ok(), "sign-in request").toBeTruthy();
      return page;
    });
  },
});

export { expect };

/**
 * Waits until React has hydrated `element`, for steps that need the page's script
 * (suggestions, live checks). On a busy machine a test can otherwise act on the
 * server-rendered form before its handlers are attached.
 */
export async function hydrated(element: Locator) {
  await expect.poll(() => element.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__react")))).toBe(true);
}
