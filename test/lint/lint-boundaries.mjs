// Lints snippets of code as if they stood at the given paths, with the boundary rules only.
// Input (stdin): [{ file, code }]; output (stdout): [[message, …], …]. Run by boundaries.test.ts
// in a plain Node process, since the ESLint API loads ES modules that jest's sandbox cannot.

import { ESLint } from "eslint";
import path from "node:path";
import tseslint from "typescript-eslint";
import { boundaries } from "../../eslint.boundaries.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tseslint.parser } },
    ...boundaries,
  ],
});

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", async () => {
  const cases = JSON.parse(input);
  const out = [];
  for (const { file, code } of cases) {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    out.push((result?.messages ?? []).map((m) => `${m.ruleId ?? "?"}: ${m.message}`));
  }
  process.stdout.write(JSON.stringify(out));
});
