import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().startsWith("postgres", "DATABASE_URL must be a postgresql:// URL"),
  // Connections per pool; a process has two, the app's and the citation lookup's (lib/db/client.ts).
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
});

export type Env = z.infer<typeof schema>;
let cached: Env | undefined;

/** The environment, validated once on first use. */
export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}
