// `npm run backup -- <workspace id or slug> <file>`: the whole workspace to one file
// (gzip-compressed when the name ends in .gz). See docs/API.md, "Workspace backups".
import { runOperatorCommand } from "./lib/operator-command.mjs";

await runOperatorCommand("scripts/lib/workspace-backup-cli.ts", ["backup", ...process.argv.slice(2)]);
