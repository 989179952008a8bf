import { expect, test } from "./fixtures";

const evil = "http://evil.example";

test("pages carry a nonce CSP, HSTS and no-store, and every script has the nonce", async ({ page, signIn, expectConsoleError }) => {
  expectConsoleError(/status of 404/); // the missing page below
  const signin = await page.goto("/signin");
  const csp = signin!.headers()["content-security-policy"];
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  for (const directive of ["script-src 'self' 'nonce-", "'strict-dynamic'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
    expect(csp).toContain(directive);
  }
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toMatch(/style-src 'self' 'nonce-[^']+'(;|$)/);
  expect(signin!.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(signin!.headers()["x-content-type-options"]).toBe("nosniff");
  expect(signin!.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(new Set(scripts)).toEqual(new Set([nonce]));

  await signIn("viewer");
  const workspace = await page.goto("/w/demo");
  expect(workspace!.headers()["cache-control"]).toContain("no-store");
  const again = /'nonce-([^']+)'/.exec(workspace!.headers()["content-security-policy"])?.[1];
  expect(again).toBeTruthy();
  expect(again).not.toBe(nonce); // a fresh nonce per response
  const api = await page.request.get("/api/v1/workspaces");
  expect(api.status()).toBe(200);
  expect(api.headers()["cache-control"]).toContain("no-store");
  // A page that does not exist renders with the nonce too (its scripts would otherwise be refused).
  const missing = await page.goto("/no-such-page");
  expect(missing!.status()).toBe(404);
});

test("cross-site writes are refused, from a script and from a real cross-site form", async ({ page, signIn, expectConsoleError }) => {
  expectConsoleError(/status of 403/); // the forged form's answer
  await signIn("editor");
  const before = (await (await page.request.get("/api/v1/workspaces/demo/claims")).json()).items.length;
  const forged = await page.request.post("/api/v1/workspaces/demo/claims", {
    headers: { origin: evil, "sec-fetch-site": "cross-site" },
    data: { statement: "Forged", kind: "STATEMENT" },
  });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error.code).toBe("FORBIDDEN");
  const forgedAction = await page.request.post("/w/demo/claims/new", { headers: { origin: evil }, form: { statement: "Forged" } });
  expect(forgedAction.status()).toBe(403);

  // An attacker's page that auto-submits a form to the app.
  const base = test.info().project.use.baseURL!;
  const target = `${base}/api/v1/workspaces/demo/claims`;
  await page.route(`${evil}/**`, (route) =>
    route.fulfill({ contentType: "text/html", body: `<form method="post" action="${target}"><input name="statement" value="Forged"></form>` }),
  );
  await page.goto(`${evil}/attack`);
  const replied = page.waitForResponse((r) => r.url() === target && r.request().method() === "POST");
  await page.evaluate(() => document.querySelector("form")!.submit());
  const reply = await replied;
  expect(reply.status()).toBe(403);
  expect((await (await page.request.get("/api/v1/workspaces/demo/claims")).json()).items.length).toBe(before);
});

test("ten failed sign-ins a minute for one account answer 429 with Retry-After", async ({ page }) => {
  const email = `nobody-${Date.now()}@example.org`;
  const attempt = async () => {
    const csrf = await (await page.request.get("/api/auth/csrf")).json();
    return page.request.post("/api/auth/callback/credentials", {
      headers: { "x-forwarded-for": "198.51.100.7" }, // its own address bucket, so other tests can still sign in
      form: { csrfToken: csrf.csrfToken, email, password: "not the password", json: "true" },
    });
  };
  for (let i = 0; i < 10; i++) expect((await attempt()).status()).toBe(401);
  const throttled = await attempt();
  expect(throttled.status()).toBe(429);
  expect(Number(throttled.headers()["retry-after"])).toBeGreaterThan(0);
});

test("a user changes the password with field errors, and signs out everywhere", async ({ page, signIn, browser }) => {
  await signIn("reviewer");
  await page.goto("/w/demo/account");
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password", { exact: true }).fill("qwertyuiop123");
  await page.getByLabel("New password again").fill("qwertyuiop123");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("is one of the most common passwords; choose another", { exact: true })).toBeVisible();
  await expect(page.getByLabel("New password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: "/tmp/sec-account.png", fullPage: true });

  // A second device, signed in as the same user, loses its session too.
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const { demoUser } = await import("./fixtures");
  const { email, password } = demoUser("reviewer");
  const csrf = await (await other.request.get("/api/auth/csrf")).json();
  await other.request.post("/api/auth/callback/credentials", { form: { csrfToken: csrf.csrfToken, email, password, json: "true" } });
  expect((await other.request.get("/api/v1/workspaces")).status()).toBe(200);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/signin/);
  expect((await other.request.get("/api/v1/workspaces")).status()).toBe(401);
  await other.close();
});
