// The KAM.* functions as Excel on the web runs them: the built dist/functions.js loaded as a page
// script after Microsoft's office.js (as taskpane.html loads it, shared runtime), Office.js's own
// custom-functions runtime started by the host's flags, invocations sent the way Excel sends them
// (richApiMessage events with [invocationId, functionId, parameterValues, address, flags]) and the
// results read from the runtime's SetInvocationArrayResults request. Needs a build: npm run build.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createWireExcel, type InvocationResult, type WireExcel } from "../support/office-js";

const dist = join(__dirname, "..", "..", "dist");
const functionsJs = join(dist, "functions.js");
const functionsJson = join(dist, "functions.json");

type FunctionMetadata = { id: string; parameters: unknown[]; options?: { volatile?: boolean } };

/** A cell's outcome as Excel gets it from the runtime. */
type Outcome =
  | { value: unknown }
  | { error: string; message?: string }
  /** The function threw (or was not found): Excel shows #VALUE! and no message. */
  | { failed: number };

const INVOCATION = 1000; // messageType of a custom-function invocation
const CUSTOM_FUNCTIONS = 1; // messageCategory

let nextInvocation = 1;

function outcome([, succeeded, value, errorCode]: InvocationResult): Outcome {
  if (succeeded !== true) return { failed: Number(errorCode) };
  if (typeof value === "object" && value !== null && "valueType" in value) {
    const error = value as { valueType: string; code: string; message?: string };
    if (error.valueType === "CustomFunctionError")
      return error.message === undefined
        ? { error: error.code }
        : { error: error.code, message: error.message };
  }
  return { value };
}

/**
 * Excel invoking functions (one recalculation): each call is [function id, ...parameter values].
 * Excel sends a value for every declared parameter, null for an omitted one; the runtime appends its
 * InvocationContext after them (a function declared with fewer parameters would receive it as a
 * value).
 */
async function evaluate(excel: WireExcel, calls: readonly (readonly unknown[])[]): Promise<Outcome[]> {
  const ids = calls.map(() => nextInvocation++);
  const declared = new Map(metadata().map((f) => [f.id, f.parameters.length]));
  const padded = (fn: unknown, args: unknown[]) => [
    ...args,
    ...Array.from({ length: Math.max(0, (declared.get(String(fn)) ?? 0) - args.length) }, () => null),
  ];
  excel.page.sendRichApiMessage(
    calls.map(([fn, ...args], i) => [
      CUSTOM_FUNCTIONS,
      INVOCATION,
      "",
      // Excel sends the invocation as JSON text: id, function id, values, caller address, flags.
      JSON.stringify([ids[i], fn, padded(fn, args), `Sheet1!B${i + 1}`, 0]),
      ids[i],
    ]),
  );
  const answered = () => excel.services.invocationResults.filter((r) => ids.includes(Number(r[0])));
  await excel.whenServices(() => answered().length === ids.length);
  const byId = new Map(answered().map((r) => [Number(r[0]), r]));
  return ids.map((id) => outcome(byId.get(id) ?? []));
}

async function excelIn(displayLanguage: string): Promise<WireExcel> {
  return createWireExcel({ displayLanguage, customFunctions: { pageScripts: [functionsJs] } });
}

function metadata(): FunctionMetadata[] {
  return (JSON.parse(readFileSync(functionsJson, "utf8")) as { functions: FunctionMetadata[] }).functions;
}

const isoDay = (offset: number): string => {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
};

let en: WireExcel;
let de: WireExcel;

beforeAll(async () => {
  if (!existsSync(functionsJs) || !existsSync(functionsJson)) {
    throw new Error(
      "dist/functions.js is missing: run npm run build first (or npx webpack --mode production).",
    );
  }
  [en, de] = await Promise.all([excelIn("en-US"), excelIn("de-DE")]);
});

describe("registration in Office.js's custom-functions runtime", () => {
  it("the runtime started and every function id of functions.json is associated and answers", async () => {
    expect(en.services.customFunctionsReady).toBe(true);
    const ids = metadata().map((f) => f.id);
    expect(ids).toHaveLength(8);
    // Called with every argument empty, each answers (a value or an error value): none is missing.
    const outcomes = await evaluate(
      en,
      ids.map((id) => [id]),
    );
    expect(outcomes.filter((o) => "failed" in o)).toEqual([]);
    // What an id the runtime does not know gets: a failure (Excel shows #VALUE! and no message).
    expect(await evaluate(en, [["NOTAFUNCTION"]])).toEqual([{ failed: expect.any(Number) }]);
  });
});

describe("values", () => {
  it("happy path: numbers and labels, in Office's display language", async () => {
    const deadline = `${new Date().getFullYear() + 1}-12-31`;
    const calls = [
      ["SHAREOFWALLET", 250_000, 1_000_000],
      ["GROWTH", 100, 120],
      ["CAGR", 100, 121, 2],
      ["ATTAINMENT", 100, 200, 150],
      ["STATUS", 0, 100, 50, "2026-01-01", "2027-01-01", "2026-07-02"],
      ["QUADRANT", 8, 2],
      ["CHECKGOAL", "economic", "revenue", 5_000_000, deadline, 4_900_000, null, null],
    ];
    const values = (await evaluate(en, calls)).map((o) => ("value" in o ? o.value : o));
    expect(values[0]).toBe(0.25);
    expect(values[1]).toBeCloseTo(0.2, 12);
    expect(values[2]).toBeCloseTo(0.1, 12);
    expect(values.slice(3)).toEqual([0.5, "on track", "Development", "OK"]);
    expect(
      await evaluate(de, [
        ["QUADRANT", 2, 2],
        ["STATUS", 0, 100, 50, "01.01.2026", "01.01.2027", "02.07.2026"],
      ]),
    ).toEqual([{ value: "Rationalisierung" }, { value: "im Plan" }]);
  });

  it("CHECKVISION answers OK or what to improve", async () => {
    const vision =
      "Wir wollen für unsere Key Accounts ein geschätzter und unverzichtbarer Partner sein, heute und in Zukunft.";
    const [good, missing] = await evaluate(de, [
      ["CHECKVISION", vision],
      ["CHECKVISION", ""],
    ]);
    expect(good).toEqual({ value: "OK" });
    expect(missing).toMatchObject({ value: expect.stringMatching(/^Die Vision fehlt/) });
  });
});

describe("error values", () => {
  it("wrong input is #VALUE! with a message in the display language (a returned CustomFunctions.Error keeps it)", async () => {
    expect(
      await evaluate(en, [
        ["CHECKGOAL", "money", "revenue", 1, "2027-12-31"],
        ["CAGR", 100, 121],
        ["CAGR", 100, 121, 0],
        ["QUADRANT", 11, 5],
      ]),
    ).toEqual([
      { error: "#VALUE!", message: "kind must be economic or strategic, not 'money'." },
      { error: "#VALUE!", message: "years is missing." },
      { error: "#VALUE!", message: "Years must be more than 0, baseline and target must not be negative." },
      { error: "#VALUE!", message: "Both scores must lie between 0 and 10." },
    ]);
    expect(await evaluate(de, [["SHAREOFWALLET", "viel", 100]])).toEqual([
      { error: "#VALUE!", message: "Umsatz muss eine Zahl sein, nicht „viel“." },
    ]);
  });

  it("a zero divisor is #DIV/0!; Office.js drops any message with it", async () => {
    expect(
      await evaluate(en, [
        ["SHAREOFWALLET", 100, 0],
        ["GROWTH", 0, 5],
        ["ATTAINMENT", 1, 1, 1],
      ]),
    ).toEqual([{ error: "#DIV/0!" }, { error: "#DIV/0!" }, { error: "#DIV/0!" }]);
  });
});

describe("volatile functions", () => {
  it("functions.json marks STATUS and CHECKGOAL volatile: Excel re-invokes them, each answer uses today", async () => {
    const volatile = metadata()
      .filter((f) => f.options?.volatile === true)
      .map((f) => f.id)
      .sort();
    expect(volatile).toEqual(["CHECKGOAL", "STATUS"]);
    // Half the time gone and half the way covered: on track today, whatever the date is.
    const call = ["STATUS", 0, 100, 50, isoDay(-10), isoDay(10)];
    expect(await evaluate(en, [call])).toEqual([{ value: "on track" }]);
    // Recalculated: answered again, from scratch (the runtime keeps no results).
    expect(await evaluate(en, [call])).toEqual([{ value: "on track" }]);
    expect(await evaluate(en, [[...call, isoDay(9)]])).not.toEqual([{ value: "on track" }]);
    const lastWeek = await evaluate(en, [["CHECKGOAL", "economic", "revenue", 5_000_000, isoDay(-7)]]);
    expect(lastWeek).toEqual([{ value: expect.stringMatching(/deadline/i) }]);
  });
});

describe("arguments as Excel sends them", () => {
  it("an omitted optional argument and an empty cell arrive as null (web) or 0 (Windows): both mean none", async () => {
    const deadline = isoDay(1);
    const [webEmpty, windowsEmpty, omitted] = await evaluate(en, [
      ["STATUS", 0, 100, 100, "2000-01-01", deadline, null],
      ["STATUS", 0, 100, 100, "2000-01-01", deadline, 0],
      ["STATUS", 0, 100, 100, "2000-01-01", deadline],
    ]);
    expect([webEmpty, windowsEmpty, omitted]).toEqual([
      { value: "achieved" },
      { value: "achieved" },
      { value: "achieved" },
    ]);
    expect(await evaluate(en, [["STATUS", 0, 100, 50, null, deadline]])).toEqual([
      { error: "#VALUE!", message: "start is missing." },
    ]);
  });

  it("dates as serial numbers (date cells) or as text, ISO or German", async () => {
    // 46023 = 2026-01-01, 46388 = 2027-01-01 in Excel's 1900 date system.
    expect(
      await evaluate(de, [
        ["STATUS", 0, 100, 50, 46023, 46388, "02.07.2026"],
        ["STATUS", 0, 100, 50, "2026-01-01", "1.1.2027", 46205],
      ]),
    ).toEqual([{ value: "im Plan" }, { value: "im Plan" }]);
  });

  it("text, booleans and a range (matrix) where a scalar belongs: an error value with a message, never a throw", async () => {
    const outcomes = await evaluate(en, [
      ["SHAREOFWALLET", "1.250.000 €", 100],
      ["SHAREOFWALLET", true, 100],
      ["STATUS", 0, 100, 50, [[46023], [46024]], 46388],
      ["CHECKVISION", [["a"], ["b"]]],
      ["QUADRANT", { unexpected: true }, 1],
    ]);
    expect(outcomes).toEqual([
      { error: "#VALUE!", message: "revenue must be a number, not '1.250.000 €'." },
      { error: "#VALUE!", message: "revenue must be a number, not 'true'." },
      { error: "#VALUE!", message: expect.stringMatching(/^start must be a date/) },
      { error: "#VALUE!", message: "text must be text." },
      { error: "#VALUE!", message: expect.stringMatching(/^attractiveness must be a number/) },
    ]);
  });

  it("whatever arrives, every function answers with a value or an error value, never a failure", async () => {
    const junk: unknown[][] = [[], [null, null], ["x", 1, true, [[1]], {}, -1e308, 0.5, "31.02.2027"]];
    const calls = metadata().flatMap((f) => junk.map((args) => [f.id, ...args]));
    const outcomes = await evaluate(en, calls);
    expect(outcomes.filter((o) => "failed" in o)).toEqual([]);
  });
});
