// Runs every test/e2e/*.e2e.ts against the built workbench in dist/ (build first: `npm run
// test:e2e` does). Each file exports `tests`; each test gets a fresh Chromium profile and the
// static server's URL. Prints one line per test and "N passed, N failed"; exit code 1 on failure.

import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DIST, launchChromium, OUTPUT, serveStatic } from "./support";
import type { E2eTest } from "./types";

function isTestList(value: unknown): value is readonly E2eTest[] {
  return (
    Array.isArray(value) &&
    value.every((t) => typeof t === "object" && t !== null && "name" in t && "run" in t)
  );
}

async function main(): Promise<number> {
  if (!existsSync(join(DIST, "workbench.html"))) {
    console.error(
      "dist/workbench.html is missing: build first (npx webpack --mode production, or npm run test:e2e).",
    );
    return 1;
  }
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".e2e.ts"))
    .sort();
  const server = await serveStatic(DIST);
  let passed = 0;
  let failed = 0;
  try {
    for (const file of files) {
      const loaded: unknown = await import(join(__dirname, file));
      const tests: unknown =
        typeof loaded === "object" && loaded !== null ? Reflect.get(loaded, "tests") : undefined;
      if (!isTestList(tests)) throw new Error(`${file} exports no 'tests' list`);
      for (const test of tests) {
        if (only !== undefined && !test.name.includes(only)) continue;
        const started = Date.now();
        const session = await launchChromium();
        try {
          await test.run({ context: session.context, baseUrl: server.url, server });
          passed++;
          console.log(`✓ ${file} › ${test.name} (${Date.now() - started} ms)`);
        } catch (error) {
          failed++;
          console.log(`✗ ${file} › ${test.name} (${Date.now() - started} ms)`);
          console.log(error instanceof Error ? (error.stack ?? error.message) : String(error));
        } finally {
          await session.close();
        }
      }
    }
  } finally {
    await server.close();
  }
  console.log(`Screenshots: ${OUTPUT}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
