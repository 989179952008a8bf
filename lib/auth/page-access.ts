import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { isAppError } from "../errors";
import { sessionCaller, type Caller } from "./caller";

/**
 * The session is read once per page request, however many of the layout, the page
 * and its metadata ask (each read decodes the JWT and checks the user's sign-out
 * cutoff in the database). The one Caller object it yields lets reads keyed on it,
 * like requireMember, be shared the same way.
 */
const requestSession = cache(sessionCaller);

/** The signed-in caller for a page, or a redirect to the sign-in page. */
export async function pageCaller(returnTo: string): Promise<Caller> {
  const caller = await requestSession();
  if (!caller) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return caller;
}

/** Runs a read for a page: NOT_FOUND (and non-membership) become a 404 page. */
export async function pageRead<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
