import { test as base, expect, type Page } from "@playwright/test";
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
export const test = base.extend<{ signIn: (role: DemoRole) => Promise<Page> }>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console.error: ${message.text()}`);
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
