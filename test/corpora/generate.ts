// Writes the corpus workbooks and their expected readings next to this file:
//   npx tsx test/corpora/generate.ts
// The .xlsx files are committed so that reviewers and later developers can open them in Excel and
// run `kam read` on them; corpora.test.ts checks that the committed files read as expected.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CORPORA } from "./workbooks";

async function main(): Promise<void> {
  for (const make of CORPORA) {
    const corpus = make();
    const dir = join(__dirname, corpus.name);
    mkdirSync(dir, { recursive: true });
    const bytes = new Uint8Array(await corpus.workbook.xlsx.writeBuffer());
    writeFileSync(join(dir, corpus.file), bytes);
    writeFileSync(join(dir, "expected-reading.json"), `${JSON.stringify(corpus.expected, null, 2)}\n`);
    process.stdout.write(`${corpus.name}: ${corpus.file}, ${corpus.expected.accounts.length} accounts\n`);
  }
}

void main();
