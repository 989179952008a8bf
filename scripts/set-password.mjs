// `npm run set-password -- <email>`: sets an account's password from the server's
// command line (accounts a restore created have none). Reads it from standard input.
import { runOperatorCommand } from "./lib/operator-command.mjs";

await runOperatorCommand("scripts/lib/set-password-cli.ts", process.argv.slice(2));
