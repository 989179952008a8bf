import type { Metadata } from "next";
import { ChangePasswordForm, SignOutEverywhereForm } from "@/components/forms/AccountForms";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { IDLE_TIMEOUT_MS, ABSOLUTE_TIMEOUT_MS } from "@/lib/auth/session-policy";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await pageCaller(`/w/${slug}/account`);
  await pageRead(() => getWorkspace(caller, slug));
  return (
    <main>
      <div className="page-head">
        <div>
          <h1>Account</h1>
          <p>
            Your password and sessions, for every workspace you belong to. A session ends after {IDLE_TIMEOUT_MS / 60_000} minutes
            without activity and {ABSOLUTE_TIMEOUT_MS / 3_600_000} hours after signing in.
          </p>
        </div>
      </div>
      <ChangePasswordForm minLength={MIN_PASSWORD_LENGTH} maxLength={MAX_PASSWORD_LENGTH} />
      <SignOutEverywhereForm />
    </main>
  );
}
