// File input and output of the `kam` command. Output is written atomically: a temporary file
// beside the target, then a rename, so a failed run never leaves a half-written workbook.

import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { CliText } from "../i18n/cli";
import { CliProblem } from "./problem";

export async function readInputFile(file: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new CliProblem("fileIsDirectory", { file });
    return new Uint8Array(await fs.readFile(file));
  } catch (error) {
    if (error instanceof CliProblem) throw error;
    if (isErrno(error) && error.code === "ENOENT") throw new CliProblem("fileMissing", { file });
    throw problem("fileUnreadable", file, error);
  }
}

export async function readTextFile(file: string): Promise<string> {
  const bytes = await readInputFile(file);
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}

export async function writeFileAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await fs.open(temp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw problem("fileUnwritable", file, error);
  }
}

/** `<name>-kam.xlsx` beside the input. */
export function defaultOutputPath(input: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-kam${parsed.ext || ".xlsx"}`);
}

function isErrno(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && "code" in error;
}

const ERRNO_REASON: Readonly<Record<string, CliText>> = {
  EACCES: "reasonPermission",
  EPERM: "reasonPermission",
  EROFS: "reasonPermission",
  ENOSPC: "reasonNoSpace",
  ENOENT: "reasonNoFolder",
  ENOTDIR: "reasonNoFolder",
  EISDIR: "reasonIsFolder",
};

function problem(text: "fileUnreadable" | "fileUnwritable", file: string, error: unknown): CliProblem {
  const known = isErrno(error) && error.code !== undefined ? ERRNO_REASON[error.code] : undefined;
  if (known) return new CliProblem(text, { file }, known);
  return new CliProblem(text, { file, reason: error instanceof Error ? error.message : String(error) });
}
