import { defineConfig } from "prisma/config";

// DATABASE_URL is read here without prisma's env() helper, which throws when the
// variable is unset; `prisma generate` needs no database.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/counterclaim" },
});
