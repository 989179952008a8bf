import { ensurePrismaClient } from "./lib/build.mjs";
ensurePrismaClient();
