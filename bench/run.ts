// `npm run bench`: runs every bench/*.bench.ts in its own process (so one bench's memory does not
// skew the next), each printing its table; fails when any bench misses its target.

import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import * as path from "node:path";

const dir = __dirname;
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const failed: string[] = [];
for (const file of benches) {
  process.stdout.write(`\n== ${file} ==\n`);
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(dir, file)], { stdio: "inherit" });
  if (result.status !== 0) failed.push(file);
}
if (failed.length > 0) {
  process.stderr.write(`\nbench targets missed or bench failed: ${failed.join(", ")}\n`);
  process.exit(1);
}
process.stdout.write(`\nall ${benches.length} benches met their targets\n`);
