// File-system situations of the hostile corpus: special files, sizes, permissions, links, read-only
// file systems and interrupted writes. `kam` refuses what it cannot do in one line, never blocks,
// never replaces a file the user may not write, keeps the input's mode, and leaves no temporary file.

import { spawnSync } from "node:child_process";
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { problem, readInputFile } from "../../src/cli/files";
import { main, type CliIo } from "../../src/cli/main";
import { say } from "../../src/cli/text-output";
import { accountSheet, buildXlsx } from "./raw-xlsx";
import { plan } from "./corpus";

type Result = { code: number; stdout: string[]; stderr: string[]; ms: number };

async function kam(...args: string[]): Promise<Result> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    stdout: (t) => stdout.push(t),
    stderr: (t) => stderr.push(t),
    envLanguage: "en",
    today: () => "2026-12-01",
  };
  const start = Date.now();
  const code = await main(args, io);
  return { code, stdout, stderr, ms: Date.now() - start };
}

let dir: string;
let input: string;
let planFile: string;
const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "kam-files-"));
  input = path.join(dir, "Kunden.xlsx");
  writeFileSync(input, await buildXlsx({ sheets: [accountSheet()] }));
  planFile = path.join(dir, "plan.json");
  writeFileSync(planFile, JSON.stringify(plan().json));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function refused(run: Result, message: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toEqual([]);
  expect(run.stderr).toHaveLength(1);
  expect(run.stderr[0]).toMatch(message);
}

describe("special files are refused before reading, and reading is bounded", () => {
  const fifo = process.platform !== "win32" && spawnSync("sh", ["-c", "command -v mkfifo"]).status === 0;

  (fifo ? test : test.skip)("a FIFO as workbook or plan: refused at once, never waited on", async () => {
    const pipe = path.join(dir, "pipe.xlsx");
    spawnSync("mkfifo", [pipe]);
    const asWorkbook = await kam("read", pipe);
    refused(asWorkbook, /pipe\.xlsx: it is not a regular file/);
    expect(asWorkbook.ms).toBeLessThan(2000);
    refused(await kam("check", input, "--plan", pipe), /not a regular file/);
  });

  test.each(["/dev/zero", "/dev/null", "/dev/urandom"])("%s: refused, not read", async (device) => {
    const run = await kam("read", device);
    refused(run, /not a regular file/);
    expect(run.ms).toBeLessThan(2000);
  });

  test("a folder: refused as a folder", async () => {
    refused(await kam("read", dir), /it is a folder/);
  });

  test("a file above the bound: refused without reading it", async () => {
    const big = path.join(dir, "big.bin");
    writeFileSync(big, new Uint8Array(2048));
    await expect(readInputFile(big, 1024)).rejects.toMatchObject({ text: "fileTooLarge" });
    await expect(readInputFile(big, 4096)).resolves.toMatchObject({ bytes: expect.any(Uint8Array) });
  });
});

describe("permissions: the output keeps the input's mode, a read-only file is never replaced", () => {
  test.each(["600", "640", "664"])("a %s workbook gives a %s copy", async (m) => {
    chmodSync(input, Number.parseInt(m, 8));
    expect((await kam("write", input, "--plan", planFile)).code).toBe(0);
    expect(mode(path.join(dir, "Kunden-kam.xlsx"))).toBe(m);
  });

  test("written in place, a 0600 workbook stays 0600", async () => {
    chmodSync(input, 0o600);
    expect((await kam("write", input, "--plan", planFile, "--out", input)).code).toBe(0);
    expect(mode(input)).toBe("600");
  });

  test("an existing read-only output is refused and left as it was (also for root)", async () => {
    const out = path.join(dir, "review.xlsx");
    writeFileSync(out, "previous review");
    chmodSync(out, 0o444);
    refused(
      await kam("write", input, "--plan", planFile, "--out", out, "--lang", "en"),
      /review\.xlsx: the file is read-only/,
    );
    expect(readFileSync(out, "utf8")).toBe("previous review");
    expect(readdirSync(dir).sort()).toEqual(["Kunden.xlsx", "plan.json", "review.xlsx"]);
  });

  test("a read-only input written in place is refused", async () => {
    chmodSync(input, 0o444);
    const before = readFileSync(input);
    refused(await kam("write", input, "--plan", planFile, "--out", input, "--lang", "en"), /read-only/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test("an output that is a link is written through: the link stays, its target is replaced", async () => {
    const target = path.join(dir, "shared.xlsx");
    writeFileSync(target, "old");
    const link = path.join(dir, "link.xlsx");
    symlinkSync(target, link);
    expect((await kam("write", input, "--plan", planFile, "--out", link)).code).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir).sort()).toEqual(["Kunden.xlsx", "link.xlsx", "plan.json", "shared.xlsx"]);
  });

  test.each([
    ["EROFS", "the file system is read-only - choose another --out"],
    ["EACCES", "permission denied"],
    ["ENOSPC", "no space left on the disk"],
    ["ENAMETOOLONG", "the file name is too long"],
  ])("%s says what is wrong", (code, reason) => {
    const error = Object.assign(new Error(`${code}: simulated`), { code });
    const p = problem("fileUnwritable", "/mnt/ro/out.xlsx", error);
    expect(say("en", p.text, { file: "/mnt/ro/out.xlsx", reason: p.reason ? say("en", p.reason) : "" })).toBe(
      `cannot write /mnt/ro/out.xlsx: ${reason}`,
    );
  });

  test("a file name with terminal escapes is shown escaped on stderr", async () => {
    const run = await kam("read", path.join(dir, "\u001b[2Jevil\u0007.xlsx"));
    refused(run, /\\x1b\[2Jevil\\x07\.xlsx: the file does not exist/);
  });
});

describe("an interrupted write leaves no temporary file", () => {
  const ROOT = path.resolve(__dirname, "../..");
  test.each(["SIGINT", "SIGTERM"] as const)("%s while the temporary file is open", (signal) => {
    // A child writes through kam's own writer with its interrupt handling; the rename never comes:
    // the signal arrives while the temporary file exists.
    const script = `
      const fs = require("node:fs");
      const { writeFileAtomically } = require(${JSON.stringify(path.join(ROOT, "src/cli/files.ts"))});
      const { processIo } = require(${JSON.stringify(path.join(ROOT, "src/cli/io.ts"))});
      fs.promises.rename = () => {
        process.kill(process.pid, ${JSON.stringify(signal)});
        // A rename that never ends (the process stays alive until the signal is handled).
        return new Promise(() => setInterval(() => undefined, 1000));
      };
      writeFileAtomically(${JSON.stringify(path.join(dir, "out.xlsx"))}, new Uint8Array(1 << 20), { mode: 0o600, guard: processIo.guard });
    `;
    const run = spawnSync(process.execPath, ["--import", "tsx", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
      // A plain environment: jest's own (NODE_OPTIONS …) must not reach the child.
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LANG: "en_US.UTF-8" },
      timeout: 60_000,
    });
    expect(run.status).toBe(signal === "SIGINT" ? 130 : 143);
    expect(run.stderr).toContain("kam: interrupted - nothing written");
    expect(readdirSync(dir).sort()).toEqual(["Kunden.xlsx", "plan.json"]);
  });
});

describe("messages that say what is wrong", () => {
  test.each([
    [["write", "{input}", "--plan", "{plan}", "--out", ""], /--out needs a file name/],
    [["write", "{input}", "--plan", ""], /kam write needs --plan/],
    [
      ["write", "{input}", "--plan", "{plan}", "--out", "{dir}/x.csv"],
      /x\.csv: the result is an Excel workbook and must end in \.xlsx/,
    ],
    [["write", "{input}", "--plan", "{plan}", "--out", "{dir}/x.xls"], /must end in \.xlsx/],
    [
      ["write", "{input}", "--plan", "{plan}", "--out", "{dir}/missing/x.xlsx", "--lang", "en"],
      /the folder does not exist/,
    ],
    [
      ["read", "{input}", "--sheet", "Nope"],
      /no sheet 'Nope' in .*Kunden\.xlsx - its sheets: Kundenportfolio/,
    ],
    [["check", "{input}", "--plan", "{input}"], /is an Excel workbook, not a plan/],
    [["read", ""], /no workbook given/],
  ])("%j", async (args, message) => {
    const argv = args.map((a) =>
      a.replace("{input}", input).replace("{plan}", planFile).replace("{dir}", dir),
    );
    refused(await kam(...argv), message);
    expect(readdirSync(dir).sort()).toEqual(["Kunden.xlsx", "plan.json"]);
  });

  test("a header row without accounts says so", async () => {
    writeFileSync(
      input,
      await buildXlsx({ sheets: [{ name: "Kunden", rows: [["Kunden-ID", "Kundenname", "Umsatz"]] }] }),
    );
    refused(await kam("read", input), /Kunden has a header row but no account rows below it/);
  });

  test("the messages exist in German too", async () => {
    const out = path.join(dir, "x.csv");
    const stderr: string[] = [];
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (t) => stderr.push(t),
      envLanguage: "de",
      today: () => "2026-12-01",
    };
    expect(await main(["write", input, "--plan", planFile, "--out", out], io)).toBe(2);
    expect(stderr[0]).toMatch(/muss auf \.xlsx enden/);
  });
});
