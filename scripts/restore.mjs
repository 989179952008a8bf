// `npm run restore -- <file>`: a backup file as a new workspace in this database
// (migrated first). Refuses damaged or altered files and workspaces already here.
import { runOperatorCommand } from "./lib/operator-command.mjs";

await runOperatorCommand("scripts/lib/workspace-backup-cli.ts", ["restore", ...process.argv.slice(2)], { migrateFirst: true });
