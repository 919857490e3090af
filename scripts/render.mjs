#!/usr/bin/env node
// Renders an .xlsx the way a reader sees it: LibreOffice converts it to PDF (every sheet, with its
// print setup), poppler turns the pages into PNGs under test-output/render/<name>/.
// Usage: npm run render -- [--lang de|en] <file.xlsx> [more.xlsx …]
// --lang de shows numbers and dates as a German Excel would (1.850.000 €, 31,5 %): LibreOffice
// formats by the locale it runs in, like Excel.

import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, existsSync } from "node:fs";
import * as path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const INSTALL_HINT = "apt-get install libreoffice-calc poppler-utils fonts-crosextra-carlito";

/** @param {string} command */
function available(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).status === 0;
}

/** @type {Record<string, string>} */
const LOCALES = { de: "de_DE.UTF-8", en: "en_GB.UTF-8" };

/**
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { encoding: "utf8", env });
  if (result.status !== 0) {
    const detail = (result.stderr || result.stdout || String(result.error ?? "")).trim().split("\n")[0];
    throw new Error(`${command} failed: ${detail}`);
  }
}

/**
 * @param {string} file
 * @param {string | undefined} locale
 * @returns {string[]} the PNG paths
 */
function render(file, locale) {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  const name = path.basename(file).replace(/\.xlsx$/i, "");
  const outDir = path.join(root, "test-output", "render", name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // A private LibreOffice profile, so a running LibreOffice or a locked profile does not interfere.
  const profile = `file://${path.join(root, "test-output", "render", ".lo-profile")}`;
  const env = locale ? { ...process.env, LANG: locale, LC_ALL: locale } : process.env;
  run(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, file],
    env,
  );
  const pdf = path.join(outDir, `${name}.pdf`);
  if (!existsSync(pdf)) throw new Error(`soffice wrote no PDF for ${file}`);
  run("pdftoppm", ["-png", "-r", "80", pdf, path.join(outDir, "page")]);
  return readdirSync(outDir)
    .filter((f) => f.endsWith(".png"))
    .sort()
    .map((f) => path.join(outDir, f));
}

const args = process.argv.slice(2);
/** @type {string | undefined} */
let locale;
const langAt = args.indexOf("--lang");
if (langAt >= 0) {
  locale = LOCALES[args[langAt + 1] ?? ""];
  if (!locale) {
    process.stderr.write("render: --lang must be de or en\n");
    process.exit(2);
  }
  args.splice(langAt, 2);
}
const files = args;
if (files.length === 0) {
  process.stderr.write("usage: npm run render -- [--lang de|en] <file.xlsx> [more.xlsx …]\n");
  process.exit(2);
}
const missing = ["soffice", "pdftoppm"].filter((c) => !available(c));
if (missing.length > 0) {
  process.stderr.write(`render: ${missing.join(" and ")} not found - install them: ${INSTALL_HINT}\n`);
  process.exit(2);
}
let failed = false;
for (const file of files) {
  try {
    for (const png of render(path.resolve(file), locale)) process.stdout.write(`${png}\n`);
  } catch (error) {
    failed = true;
    process.stderr.write(`render: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}
process.exit(failed ? 1 : 0);
