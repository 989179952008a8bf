import { z } from "zod";

export type ErrorCode = "INVALID" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAVAILABLE";

const httpStatus: Record<ErrorCode, number> = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

export type FieldErrors = Record<string, string[]>;

/** The one error type of the domain; mapped to HTTP and to form messages in one place. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = "AppError";
  }

  get status() {
    return httpStatus[this.code];
  }

  static invalid(error: z.ZodError) {
    const fieldErrors: FieldErrors = {};
    for (const issue of error.issues) {
      const key = issue.path.length ? issue.path.join(".") : "_";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    const summary = Object.entries(fieldErrors)
      .map(([field, messages]) => `${field}: ${messages.join(", ")}`)
      .join("; ");
    return new AppError("INVALID", `Invalid input — ${summary}`, fieldErrors);
  }

  static notFound(what: string) {
    return new AppError("NOT_FOUND", `${what} not found`);
  }

  static conflict(what: string) {
    return new AppError(
      "CONFLICT",
      `${what} was changed by someone else since you opened it. Reload to see their version, then apply your change again.`,
    );
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Shape for JSON responses and form state. */
export function errorBody(error: AppError) {
  return { error: { code: error.code, message: error.message, fields: error.fieldErrors } };
}
