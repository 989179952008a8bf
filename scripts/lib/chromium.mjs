// Finds a Chromium for the end-to-end tests, installing one when it can.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { userInfo } from "node:os";
import { projectRoot } from "./postgres.mjs";

const candidates = () => [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(Boolean);

function playwrightChromium() {
  try {
    const path = execFileSync(process.execPath, ["-e", "console.log(require('playwright-core').chromium.executablePath())"], { cwd: projectRoot }).toString().trim();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function findChromium({ install = true } = {}) {
  const found = candidates().find((path) => existsSync(path)) ?? playwrightChromium();
  if (found || !install) return found;
  console.log("No Chromium found; installing one for the end-to-end tests…");
  try {
    if (userInfo().uid === 0) {
      execFileSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"], { stdio: "inherit" });
    } else {
      execFileSync(process.execPath, ["node_modules/@playwright/test/cli.js", "install", "chromium"], { cwd: projectRoot, stdio: "inherit" });
    }
  } catch {
    // reported below
  }
  const installed = candidates().find((path) => existsSync(path)) ?? playwrightChromium();
  if (!installed) {
    throw new Error(
      "No Chromium for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to its executable.",
    );
  }
  return installed;
}
