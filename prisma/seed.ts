// Loads the demo workspace into an empty database; leaves a used one alone.
import { databaseIsEmpty, loadDemoWorkspace } from "./demo/load-demo";
import { db } from "../lib/db/client";

async function main() {
  if (!(await databaseIsEmpty())) {
    console.log("Database already has data; demo workspace not loaded again.");
    return;
  }
  const started = Date.now();
  await loadDemoWorkspace();
  console.log(`Demo workspace loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
