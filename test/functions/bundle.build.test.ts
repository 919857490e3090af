// The built add-in as Excel gets it: dist/functions.js runs in a sandbox with stand-ins for the
// CustomFunctions runtime and Office.js, is called through the ids in dist/functions.json, and the
// bundles that run inside Excel are checked to carry no exceljs. Needs a build: npm run build.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as vm from "node:vm";

const dist = join(__dirname, "..", "..", "dist");
const built = (file: string) => join(dist, file);

type CustomFunction = (...args: unknown[]) => unknown;
type Parameter = { name: string; type?: string; optional?: boolean };
type FunctionMetadata = {
  id: string;
  name: string;
  parameters: Parameter[];
  options?: { volatile?: boolean };
};

/** Stand-in for CustomFunctions.Error: keeps the code and the message Excel would show. */
class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

type Sandbox = {
  functions: Map<string, CustomFunction>;
  office: { context: { displayLanguage: string } } | undefined;
};

/** Runs dist/functions.js the way the shared runtime does: Office.js and CustomFunctions are globals. */
function loadBundle(displayLanguage: string | undefined): Sandbox {
  const functions = new Map<string, CustomFunction>();
  const associate = (idOrMappings: string | Record<string, CustomFunction>, fn?: CustomFunction) => {
    if (typeof idOrMappings === "string") {
      if (fn) functions.set(idOrMappings, fn);
    } else {
      for (const [id, mapped] of Object.entries(idOrMappings)) functions.set(id, mapped);
    }
  };
  const office =
    displayLanguage === undefined
      ? undefined
      : {
          context: { displayLanguage },
          onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
        };
  const context = vm.createContext({
    CustomFunctions: { associate, Error: ExcelError, ErrorCode: ERROR_CODES },
    ...(office ? { Office: office } : {}),
  });
  vm.runInContext(readFileSync(built("functions.js"), "utf8"), context, { filename: "functions.js" });
  return { functions, office };
}

function call(sandbox: Sandbox, id: string, ...args: unknown[]): unknown {
  const fn = sandbox.functions.get(id);
  if (!fn) throw new Error(`dist/functions.js did not associate ${id}`);
  return fn(...args);
}

beforeAll(() => {
  if (!existsSync(built("functions.js")) || !existsSync(built("functions.json"))) {
    throw new Error(
      "dist/functions.js is missing: run npm run build first (or npx webpack --mode production).",
    );
  }
});

describe("dist/functions.json", () => {
  const expected: Record<string, { parameters: [string, string, boolean][]; volatile: boolean }> = {
    SHAREOFWALLET: {
      parameters: [
        ["revenue", "number", false],
        ["potential", "number", false],
      ],
      volatile: false,
    },
    GROWTH: {
      parameters: [
        ["baseline", "number", false],
        ["target", "number", false],
      ],
      volatile: false,
    },
    CAGR: {
      parameters: [
        ["baseline", "number", false],
        ["target", "number", false],
        ["years", "number", false],
      ],
      volatile: false,
    },
    ATTAINMENT: {
      parameters: [
        ["baseline", "number", false],
        ["target", "number", false],
        ["actual", "number", false],
      ],
      volatile: false,
    },
    STATUS: {
      parameters: [
        ["baseline", "number", false],
        ["target", "number", false],
        ["actual", "number", false],
        ["start", "any", false],
        ["deadline", "any", false],
        ["asOf", "any", true],
      ],
      volatile: true,
    },
    QUADRANT: {
      parameters: [
        ["attractiveness", "number", false],
        ["strength", "number", false],
      ],
      volatile: false,
    },
    CHECKVISION: { parameters: [["text", "string", false]], volatile: false },
    CHECKGOAL: {
      parameters: [
        ["kind", "string", false],
        ["metric", "string", false],
        ["target", "number", false],
        ["deadline", "any", false],
        ["baseline", "number", true],
        ["potential", "number", true],
        ["minMargin", "number", true],
      ],
      volatile: true,
    },
  };

  const metadata = (): FunctionMetadata[] =>
    (JSON.parse(readFileSync(built("functions.json"), "utf8")) as { functions: FunctionMetadata[] })
      .functions;

  it("lists exactly the eight KAM functions", () => {
    expect(
      metadata()
        .map((f) => f.id)
        .sort(),
    ).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))(
    "%s has the right parameters, optional flags and volatility",
    (id, want) => {
      const fn = metadata().find((f) => f.id === id)!;
      expect(fn.name).toBe(id);
      expect(fn.parameters.map((p) => [p.name, p.type ?? "any", p.optional === true])).toEqual(
        want.parameters,
      );
      expect(fn.options?.volatile === true).toBe(want.volatile);
    },
  );

  it("every function in the metadata is associated by the bundle", () => {
    const sandbox = loadBundle("en-US");
    expect([...sandbox.functions.keys()].sort()).toEqual(
      metadata()
        .map((f) => f.id)
        .sort(),
    );
  });
});

describe("dist/functions.js in a shared-runtime sandbox", () => {
  it("happy path: numbers and labels", () => {
    const en = loadBundle("en-US");
    expect(call(en, "SHAREOFWALLET", 250_000, 1_000_000)).toBe(0.25);
    expect(call(en, "GROWTH", 100, 120)).toBeCloseTo(0.2, 12);
    expect(call(en, "CAGR", 100, 121, 2)).toBeCloseTo(0.1, 12);
    expect(call(en, "ATTAINMENT", 100, 200, 150)).toBe(0.5);
    expect(call(en, "STATUS", 0, 100, 50, "2026-01-01", "2027-01-01", "2026-07-02")).toBe("on track");
    expect(call(en, "QUADRANT", 8, 2)).toBe("Development");
    // CHECKGOAL judges on today: a deadline at the end of next year is neither past nor too far.
    const deadline = `${String(new Date().getFullYear() + 1)}-12-31`;
    expect(call(en, "CHECKGOAL", "economic", "revenue", 5_000_000, deadline, 4_900_000)).toBe("OK");
  });

  it("text follows Office's display language", () => {
    const de = loadBundle("de-DE");
    expect(call(de, "STATUS", 0, 100, 50, "01.01.2026", "01.01.2027", "02.07.2026")).toBe("im Plan");
    expect(call(de, "QUADRANT", 2, 2)).toBe("Rationalisierung");
    expect(call(de, "CHECKVISION", "")).toMatch(/^Die Vision fehlt/);
    // Read on every call, not once at load.
    de.office!.context.displayLanguage = "en-GB";
    expect(call(de, "QUADRANT", 2, 2)).toBe("Streamline");
  });

  it("without Office (not yet initialised) the text is English", () => {
    const bare = loadBundle(undefined);
    expect(call(bare, "QUADRANT", 9, 9)).toBe("Strategic");
  });

  it("asOf omitted judges against today", () => {
    const en = loadBundle("en-US");
    expect(call(en, "STATUS", 0, 100, 100, "2000-01-01", "2999-12-31", null)).toBe("achieved");
    expect(call(en, "STATUS", 0, 100, 0, "2000-01-01", "2001-01-01")).toBe("off track");
  });

  it("wrong type: #VALUE! with a message in the display language", () => {
    const de = loadBundle("de-DE");
    const result = call(de, "SHAREOFWALLET", "viel", 100);
    expect(result).toBeInstanceOf(ExcelError);
    expect(result).toEqual(new ExcelError("#VALUE!", "Umsatz muss eine Zahl sein, nicht „viel“."));
    expect(call(loadBundle("en-US"), "CHECKGOAL", "money", "revenue", 1, "2027-12-31")).toEqual(
      new ExcelError("#VALUE!", "kind must be economic or strategic, not 'money'."),
    );
  });

  it("wrong count: missing arguments are #VALUE!, never an exception", () => {
    const en = loadBundle("en-US");
    expect(call(en, "CAGR", 100, 121)).toEqual(new ExcelError("#VALUE!", "years is missing."));
    expect(call(en, "STATUS")).toEqual(new ExcelError("#VALUE!", "baseline is missing."));
    for (const id of en.functions.keys()) {
      expect(() => call(en, id)).not.toThrow();
      expect(() => call(en, id, {}, [], Symbol("x"), 1n)).not.toThrow();
    }
  });

  it("error propagates: #DIV/0! without a message (Excel shows none), ranges as #VALUE! with one", () => {
    const en = loadBundle("en-US");
    expect(call(en, "SHAREOFWALLET", 100, 0)).toEqual(new ExcelError("#DIV/0!"));
    expect(call(en, "GROWTH", 0, 5)).toEqual(new ExcelError("#DIV/0!"));
    expect(call(en, "ATTAINMENT", 1, 1, 1)).toEqual(new ExcelError("#DIV/0!"));
    expect(call(en, "CAGR", 100, 121, 0)).toEqual(
      new ExcelError("#VALUE!", "Years must be more than 0, baseline and target must not be negative."),
    );
    expect(call(en, "QUADRANT", 11, 5)).toEqual(
      new ExcelError("#VALUE!", "Both scores must lie between 0 and 10."),
    );
    expect(call(en, "STATUS", 0, 100, 50, "2027-01-01", "2026-01-01", "2026-07-02")).toEqual(
      new ExcelError("#VALUE!", "The deadline must be after the start."),
    );
  });
});

describe("dist bundles that run inside Excel", () => {
  it.each(["functions.js", "taskpane.js"])("%s carries no exceljs", (file) => {
    const code = readFileSync(built(file), "utf8");
    expect(code).not.toMatch(/exceljs/i);
    expect(code).not.toContain("xlsx.js");
    const map = JSON.parse(readFileSync(built(`${file}.map`), "utf8")) as { sources: string[] };
    expect(map.sources.filter((source) => /node_modules[\\/]exceljs/.test(source))).toEqual([]);
  });

  it("taskpane.html loads Office.js from Microsoft's CDN, then the functions and the task pane", () => {
    const html = readFileSync(built("taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "functions.js",
      "taskpane.js",
    ]);
  });

  it("dist/manifest.xml is manifest.xml with only the base URL swapped, to an https one", () => {
    const source = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
    const copy = readFileSync(built("manifest.xml"), "utf8");
    const base = /<bt:Url id="Taskpane\.Url" DefaultValue="([^"]*)taskpane\.html"/.exec(copy)?.[1] ?? "";
    expect(base).toMatch(/^https:\/\/[^/]+\/(.+\/)?$/);
    expect(copy).toBe(source.split("https://localhost:3000/").join(base));
  });
});
