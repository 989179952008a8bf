import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/SignInForm";
import { sessionCaller } from "@/lib/auth/caller";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const safeCallback = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  if (await sessionCaller()) redirect(safeCallback);
  return (
    <main className="signin">
      <div className="panel signin-panel">
        <h1>Counterclaim</h1>
        <p className="muted">Claims and counterclaims, side by side, each tied to the exact words it comes from.</p>
        <SignInForm callbackUrl={safeCallback} />
      </div>
    </main>
  );
}
