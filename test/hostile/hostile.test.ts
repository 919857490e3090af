// The hostile corpus (corpus.ts) through `kam read`, `check`, `suggest` and `write`, in process.
//
// Every run keeps these rules, whatever the case: no internal error; exit 2 comes with exactly one
// line on stderr and nothing written; text output holds no control or bidi character a terminal
// would act on, JSON output parses; no temporary file is left; a written workbook leaves the input
// as it was, has the input's permissions, and passes an independent check of the package
// (check_package.py: Python's zipfile and xml, nothing of ours). A sample of written workbooks is
// opened in LibreOffice. Each case adds what it expects of its own class of issue 15.

import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { main, type CliIo } from "../../src/cli/main";
import { openXlsx } from "../../src/hosts/xlsx";
import { CORPUS, plan, type Command, type Expectation, type HostileCase } from "./corpus";

// Control and bidi characters a terminal acts on or that reorder text (line feeds are ours).
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

type Result = { code: number; stdout: string; stderr: string[]; ms: number };

async function kam(args: readonly string[]): Promise<Result> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    stdout: (t) => stdout.push(t),
    stderr: (t) => stderr.push(t),
    envLanguage: "en",
    today: () => "2026-12-01",
  };
  const start = Date.now();
  let code: number;
  try {
    code = await main(args, io);
  } catch (error) {
    throw new Error(`kam ${args.join(" ").slice(0, 200)}: internal error: ${String(error)}`);
  }
  return { code, stdout: stdout.join("\n"), stderr, ms: Date.now() - start };
}

let root: string;
const manifest: { id: string; input: string; output: string; names_may_change: boolean }[] = [];
const written = new Map<string, { input: string; output: string }>();

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "kam-hostile-"));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function defaultCode(c: HostileCase, command: Command): readonly number[] {
  const own = c.expect[command]?.code;
  if (own !== undefined) return [own];
  if (c.expect.read?.code === 2) return [2];
  return command === "check" ? [0, 1] : [0];
}

/** The rules every run keeps (see the top of this file). */
function keepsTheRules(run: Result, allowed: readonly number[], json: boolean, label: string): void {
  expect([label, allowed.includes(run.code) ? "ok" : `exit ${run.code}: ${run.stderr.join(" | ")}`]).toEqual([
    label,
    "ok",
  ]);
  if (run.code === 2) {
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(/^kam: /);
    expect(run.stderr[0]).not.toMatch(/\n/);
    expect(run.stderr[0]).not.toMatch(UNSAFE);
    expect(run.stdout).toBe("");
  } else {
    expect(run.stderr).toEqual([]);
    if (json) expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
    else expect([label, UNSAFE.exec(run.stdout)?.[0]]).toEqual([label, undefined]);
  }
}

function meets(run: Result, expected: Expectation | undefined, json: boolean): void {
  if (!expected) return;
  if (expected.withinMs !== undefined) expect(run.ms).toBeLessThan(expected.withinMs);
  if (run.code === 2 && expected.stderr) expect(run.stderr[0]).toMatch(expected.stderr);
  if (!json || run.code === 2) return;
  const out = JSON.parse(run.stdout) as {
    findings?: { code: string }[];
    accounts?: { id: string | null; name: string | null }[];
  };
  const codes = (out.findings ?? []).map((f) => f.code);
  for (const code of expected.findings ?? []) expect(codes).toContain(code);
  for (const code of expected.noFindings ?? []) expect(codes).not.toContain(code);
  if (expected.accounts && out.accounts) {
    const keys = out.accounts.flatMap((a) => [a.id, a.name]);
    for (const key of expected.accounts) expect(keys).toContain(key);
  }
}

const tempFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".tmp"));

describe.each(CORPUS.map((c) => [`${String(c.issue).padStart(2, "0")} ${c.id}: ${c.title}`, c] as const))(
  "%s",
  (_label, c) => {
    test("read, check, suggest and write keep the rules and meet the case", async () => {
      const dir = path.join(root, c.id);
      mkdirSync(dir);
      const input = path.join(dir, c.fileName ?? "Kunden.xlsx");
      writeFileSync(input, await c.workbook());
      chmodSync(input, 0o640);
      const planFile = path.join(dir, "plan.json");
      const planInput = c.plan?.() ?? plan();
      writeFileSync(planFile, "bytes" in planInput ? planInput.bytes : JSON.stringify(planInput.json));
      const withPlan = c.plan ? ["--plan", planFile] : [];
      const extra = (command: Command) => (c.args?.[command] ?? []).map((a) => a.replace("{dir}", dir));
      const before = readFileSync(input);

      const runs: [Command, string[], boolean][] = [
        ["read", ["read", input, ...extra("read")], false],
        ["read", ["read", input, "--json", ...extra("read")], true],
        ["check", ["check", input, ...withPlan, ...extra("check")], false],
        ["check", ["check", input, ...withPlan, "--json", ...extra("check")], true],
        ["suggest", ["suggest", input, ...extra("suggest")], false],
      ];
      for (const [command, args, json] of runs) {
        const run = await kam(args);
        keepsTheRules(run, defaultCode(c, command), json, `${c.id} ${command}${json ? " --json" : ""}`);
        meets(run, c.expect[command], json);
      }

      const filesBefore = readdirSync(dir).sort();
      const writeArgs = extra("write");
      const run = await kam(["write", input, "--plan", planFile, ...writeArgs]);
      keepsTheRules(run, defaultCode(c, "write"), false, `${c.id} write`);
      meets(run, c.expect.write, false);
      expect(tempFiles(dir)).toEqual([]);
      expect(readFileSync(input).equals(before)).toBe(true);
      if (run.code !== 0) {
        expect(readdirSync(dir).sort()).toEqual(filesBefore);
        return;
      }
      const outAt = writeArgs.indexOf("--out");
      const output = outAt >= 0 ? (writeArgs[outAt + 1] ?? "") : input.replace(/(\.\w+)$/, "-kam$1");
      expect(existsSync(output)).toBe(true);
      expect((statSync(output).mode & 0o777).toString(8)).toBe("640");
      const sheets = c.expect.write?.sheets;
      if (sheets) {
        const book = await openXlsx(new Uint8Array(readFileSync(output)));
        expect((await book.listSheets()).map((s) => s.name)).toEqual(sheets);
      }
      manifest.push({ id: c.id, input, output, names_may_change: c.namesMayChange ?? false });
      written.set(c.id, { input, output });
    }, 180_000);
  },
);

describe("what write wrote, checked without our code", () => {
  test("every written package passes check_package.py (zipfile + xml)", () => {
    expect(manifest.length).toBeGreaterThan(10);
    const run = spawnSync("python3", [path.join(__dirname, "check_package.py")], {
      input: JSON.stringify(manifest),
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const problems = JSON.parse(run.stdout) as Record<string, string[]>;
    expect(Object.keys(problems).sort()).toEqual(manifest.map((m) => m.id).sort());
    for (const [id, list] of Object.entries(problems)) expect([id, list]).toEqual([id, []]);
  });

  const soffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
  if (!soffice) console.warn("soffice is not on PATH: skipping the LibreOffice sample of the hostile corpus");
  (soffice ? test : test.skip)(
    "LibreOffice opens a sample: the user's sheets show what they showed, the goal sheet is there",
    () => {
      const sample = [
        "kept-every-part",
        "kept-constant-and-formula-names",
        "own-table-kam-goals",
        "limit-vision-40k",
        "control-characters-kept",
      ];
      const dir = path.join(root, "libreoffice");
      mkdirSync(dir);
      const files: string[] = [];
      for (const id of sample) {
        const pair = written.get(id);
        if (!pair) throw new Error(`${id} was not written`);
        files.push(path.join(dir, `${id}-in.xlsx`), path.join(dir, `${id}-out.xlsx`));
        writeFileSync(path.join(dir, `${id}-in.xlsx`), readFileSync(pair.input));
        writeFileSync(path.join(dir, `${id}-out.xlsx`), readFileSync(pair.output));
      }
      // Token 12 = -1: every sheet to its own CSV file (<file>-<sheet>.csv).
      const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
      const run = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=file://${dir}/profile`,
          "--headless",
          "--convert-to",
          filter,
          "--outdir",
          dir,
          ...files,
        ],
        { encoding: "utf8", timeout: 240_000 },
      );
      expect(run.status).toBe(0);
      const csv = (file: string) => readFileSync(path.join(dir, file), "utf8");
      for (const id of sample) {
        const userSheets = readdirSync(dir).filter((f) => f.startsWith(`${id}-in-`) && f.endsWith(".csv"));
        expect(userSheets.length).toBeGreaterThan(0);
        for (const f of userSheets)
          expect([f, csv(f.replace(`${id}-in-`, `${id}-out-`))]).toEqual([f, csv(f)]);
        expect(csv(`${id}-out-KAM-Ziele.csv`)).toContain("G1");
      }
      // The 40,000-character vision stands in the sheet cut short, with the marker.
      expect(csv("limit-vision-40k-out-KAM-Ziele.csv")).toContain("[…]");
    },
    300_000,
  );
});
