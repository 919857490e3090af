// File input and output of the `kam` command.
//
// Input: only regular files are read (a FIFO would block forever, /dev/zero never ends), opened
// without blocking and checked on the open handle, and never more than a bound.
// Output is written atomically: a temporary file beside the target, then a rename, so a failed or
// interrupted run never leaves a half-written workbook (the temporary file goes too). The output
// gets the input's permissions (a private workbook stays private), and a file the user may not
// write is never replaced.

import { constants, promises as fs } from "node:fs";
import * as path from "node:path";
import type { CliText } from "../i18n/cli";
import { CliProblem } from "./problem";

/** Bounds of what is read: far above any real workbook or plan, far below the machine's memory. */
export const MAX_WORKBOOK_BYTES = 512 * 1024 * 1024;
export const MAX_PLAN_BYTES = 64 * 1024 * 1024;

/**
 * Opening a FIFO without O_NONBLOCK waits for a writer. Windows has neither flag (Node leaves them
 * undefined there, whatever its typings say).
 */
const flag = (name: "O_NONBLOCK" | "O_NOCTTY"): number => (constants as Partial<typeof constants>)[name] ?? 0;
const OPEN_FLAGS = constants.O_RDONLY | flag("O_NONBLOCK") | flag("O_NOCTTY");

export type InputFile = { bytes: Uint8Array; mode: number };

export async function readInputFile(file: string, limit: number = MAX_WORKBOOK_BYTES): Promise<InputFile> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, OPEN_FLAGS);
  } catch (error) {
    if (isErrno(error) && error.code === "ENOENT") throw new CliProblem("fileMissing", { file });
    throw problem("fileUnreadable", file, error);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new CliProblem("fileIsDirectory", { file });
    if (!stat.isFile()) throw new CliProblem("fileNotRegular", { file });
    if (stat.size > limit) throw new CliProblem("fileTooLarge", { file, limit: megabytes(limit) });
    // Read to the bound plus one byte: a file that grows while it is read is caught too.
    const buffer = new Uint8Array(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) throw new CliProblem("fileTooLarge", { file, limit: megabytes(limit) });
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return { bytes: buffer.subarray(0, length), mode: stat.mode & 0o7777 };
  } catch (error) {
    if (error instanceof CliProblem) throw error;
    throw problem("fileUnreadable", file, error);
  } finally {
    await handle.close();
  }
}

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** Keeps temporary files in mind until they are renamed or removed (the CLI removes them on SIGINT). */
export type TempGuard = (temp: string) => () => void;

export type WriteOptions = {
  /** Permission bits of the written file (the input's); null: as the system creates files. */
  mode: number | null;
  guard?: TempGuard;
};

/** The target as it is now: refused when it is not a file the user may replace. */
async function checkTarget(file: string): Promise<string> {
  let target = file;
  try {
    // A link is written through (its target is replaced), not replaced by a file.
    target = await fs.realpath(file);
  } catch {
    return file;
  }
  const stat = await fs.stat(target);
  if (stat.isDirectory()) throw new CliProblem("fileUnwritable", { file }, "reasonIsFolder");
  if (!stat.isFile()) throw new CliProblem("fileUnwritable", { file }, "reasonNotRegular");
  // The permission bits, not access(): root may write any file, but a read-only one is not to be replaced.
  if ((stat.mode & 0o222) === 0) throw new CliProblem("fileUnwritable", { file }, "reasonReadOnlyFile");
  try {
    await fs.access(target, constants.W_OK);
  } catch {
    throw new CliProblem("fileUnwritable", { file }, "reasonReadOnlyFile");
  }
  return target;
}

export async function writeFileAtomically(
  file: string,
  bytes: Uint8Array,
  options: WriteOptions,
): Promise<void> {
  if (file.trim() === "") throw new CliProblem("outEmpty");
  let target: string;
  try {
    target = await checkTarget(file);
  } catch (error) {
    throw problem("fileUnwritable", file, error);
  }
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const release = options.guard?.(temp) ?? (() => undefined);
  try {
    const handle = await fs.open(temp, "wx", options.mode ?? 0o666);
    try {
      // Explicitly: the mode given to open is narrowed by the umask.
      if (options.mode !== null) await handle.chmod(options.mode);
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw problem("fileUnwritable", file, error);
  } finally {
    release();
  }
}

/** `<name>-kam.<ext>` beside the input, with the extension Excel needs for this workbook. */
export function defaultOutputPath(input: string, extension: string): string {
  const parsed = path.parse(input);
  const ext = parsed.ext.toLowerCase() === extension ? parsed.ext : extension;
  return path.join(parsed.dir, `${parsed.name}-kam${ext}`);
}

/** A system error (by shape: errors may come from another realm, where instanceof Error fails). */
function isErrno(error: unknown): error is NodeJS.ErrnoException {
  return typeof error === "object" && error !== null && "code" in error;
}

const ERRNO_REASON: Readonly<Record<string, CliText>> = {
  EACCES: "reasonPermission",
  EPERM: "reasonPermission",
  EROFS: "reasonReadOnlyFs",
  ENOSPC: "reasonNoSpace",
  EDQUOT: "reasonNoSpace",
  ENOENT: "reasonNoFolder",
  ENOTDIR: "reasonNoFolder",
  EISDIR: "reasonIsFolder",
  ENAMETOOLONG: "reasonNameTooLong",
  ELOOP: "reasonLinkLoop",
};

/** The one-line problem for a failed read or write: the system's reason in the user's words where known. */
export function problem(text: "fileUnreadable" | "fileUnwritable", file: string, error: unknown): CliProblem {
  if (error instanceof CliProblem) return error;
  const known = isErrno(error) && error.code !== undefined ? ERRNO_REASON[error.code] : undefined;
  if (known) return new CliProblem(text, { file }, known);
  return new CliProblem(text, { file, reason: error instanceof Error ? error.message : String(error) });
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** The encoding of text that is not UTF-8, as far as its bytes tell; null when it is not text at all. */
function otherEncoding(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) return "UTF-32";
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return "UTF-16";
  const sample = bytes.subarray(0, 512);
  let zeros = 0;
  let controls = 0;
  for (const b of sample) {
    if (b === 0) zeros++;
    else if (b < 32 && b !== 9 && b !== 10 && b !== 13) controls++;
  }
  // Every other byte zero: UTF-16 without a byte order mark (ASCII-range text).
  if (zeros > 0 && zeros >= sample.length / 3) return "UTF-16";
  if (zeros > 0 || controls > sample.length / 20) return null;
  return "Latin-1 (Windows-1252)";
}

/** A plan file's text: UTF-8 only (a BOM is dropped); anything else says what it is and what to do. */
export function planText(bytes: Uint8Array, file: string): string {
  if (startsWith(bytes, ZIP) || startsWith(bytes, COMPOUND_FILE))
    throw new CliProblem("planIsWorkbook", { file });
  const utf8Bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const encoding = utf8Bom ? null : otherEncoding(bytes);
  if (encoding === "UTF-16" || encoding === "UTF-32")
    throw new CliProblem("planEncoding", { file, encoding });
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    if (encoding === null) throw new CliProblem("planNotText", { file });
    throw new CliProblem("planEncoding", { file, encoding });
  }
}

export async function readPlanText(file: string): Promise<string> {
  return planText((await readInputFile(file, MAX_PLAN_BYTES)).bytes, file);
}
