// The operator's side of `npm run set-password -- <email>`, run by scripts/set-password.mjs
// with DATABASE_URL set. The password is read from standard input (typed without echo
// on a terminal, or piped), never from the command line, where it would stay in the
// shell's history and the process list.
import { setPasswordAsOperator } from "../../lib/auth/set-password";
import { db } from "../../lib/db/client";
import { isAppError } from "../../lib/errors";

async function typedWithoutEcho(prompt: string): Promise<string> {
  process.stdout.write(prompt);
  process.stdin.setRawMode(true);
  process.stdin.resume();
  process.stdin.setEncoding("utf8");
  let typed = "";
  try {
    for await (const chunk of process.stdin) {
      for (const char of chunk as string) {
        if (char === "\u0003") throw new Error("Cancelled.");
        if (char === "\r" || char === "\n") return typed;
        if (char === "\u007f") typed = typed.slice(0, -1);
        else typed += char;
      }
    }
    return typed;
  } finally {
    process.stdin.setRawMode(false);
    process.stdin.pause();
    process.stdout.write("\n");
  }
}

async function piped(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, "");
}

async function main() {
  const [email, ...rest] = process.argv.slice(2);
  if (!email || rest.length) throw new Error("Usage: npm run set-password -- <email>   (the password is read from standard input)");
  const password = process.stdin.isTTY ? await typedWithoutEcho(`New password for ${email}: `) : await piped();
  const { email: saved } = await setPasswordAsOperator({ email, password });
  console.log(`Password set for ${saved}; any sessions they had are ended.`);
}

main()
  .catch((error) => {
    console.error(isAppError(error) ? error.message : error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
