import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { refuseThrottledSignIn } from "@/lib/auth/sign-in-route";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** Credentials sign-ins pass the brute-force throttle first, so a refusal is a 429 with Retry-After. */
async function POST(request: Request, context: Context) {
  const refused = await refuseThrottledSignIn(request);
  return refused ?? handler(request, context);
}

export { handler as GET, POST };
