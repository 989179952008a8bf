import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));
// `server-only` throws outside React Server Components; tests import lib/ directly.
const alias = {
  "server-only": fileURLToPath(new URL("../node_modules/server-only/empty.js", import.meta.url)),
  "@": root.replace(/\/$/, ""),
};

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", root, include: ["tests/unit/**/*.test.ts"], environment: "node", setupFiles: ["tests/support/console-guard.ts"] } },
      {
        resolve: { alias },
        test: {
          name: "integration",
          root,
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/support/integration-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
