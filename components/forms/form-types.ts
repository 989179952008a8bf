import type { FormState } from "@/lib/actions/form-state";

/** A form result that can point somewhere: the claim just linked, the source that already has this text. */
export type LinkedFormState = FormState & { link?: { href: string; label: string } };

// A client-side copy: lib/actions/form-state.ts is server-only.
export const emptyFormState: LinkedFormState = { ok: false, message: "", fields: {} };

/** Newlines in hidden fields and textareas reach the server as CRLF; JSON keeps a string exactly. */
export const exactly = (value: string) => JSON.stringify(value);

/**
 * A key that remounts a form when its result brings back different values, so
 * selects and radios show what was submitted (React's reset after an action
 * would otherwise restore the values the form was first rendered with).
 */
export const formKey = (state: FormState) => (state.ok ? "ok" : JSON.stringify(state.values ?? {}));
