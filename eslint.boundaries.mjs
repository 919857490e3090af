// Which folder may import which (README "Architecture"): domain ← sheet ← workbook ← planner ←
// cli / taskpane / workbench. Hosts see only the contract module src/sheet (its index); i18n sees
// the domain and the contract's types; the surfaces reach hosts through their index only. Kept apart
// from eslint.config.mjs so test/lint can prove that a violation fails.

const LIBRARIES = ["react", "react-dom", "react-dom/*", "exceljs", "jszip", "@fluentui/*"];
const NODE = ["node:*", "fs", "path", "os", "child_process"];
/** Deep imports into the contract module: use its index. */
const SHEET_DEEP = ["**/sheet/*"];
const SURFACES = ["**/cli/*", "**/taskpane/*", "**/workbench/*", "**/functions/*"];

const rule = (patterns, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }],
});

export const boundaries = [
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      ...rule(
        [
          ...LIBRARIES,
          ...NODE,
          "**/sheet",
          "**/sheet/*",
          "**/workbook/*",
          "**/planner",
          "**/planner/*",
          "**/hosts/*",
          "**/i18n/*",
          ...SURFACES,
        ],
        "src/domain is pure: it imports only other domain modules.",
      ),
      "no-restricted-globals": ["error", "Office", "Excel", "window", "document", "process"],
    },
  },
  {
    files: ["src/sheet/**/*.ts"],
    rules: rule(
      [
        ...LIBRARIES,
        ...NODE,
        "**/workbook/*",
        "**/planner",
        "**/planner/*",
        "**/hosts/*",
        "**/i18n/*",
        ...SURFACES,
      ],
      "src/sheet is the host contract: it imports only the domain.",
    ),
  },
  {
    files: ["src/i18n/**/*.ts"],
    rules: rule(
      [
        ...LIBRARIES,
        ...NODE,
        ...SHEET_DEEP,
        "**/workbook/*",
        "**/planner",
        "**/planner/*",
        "**/hosts/*",
        ...SURFACES,
      ],
      "src/i18n imports only the domain and the contract's index (src/sheet).",
    ),
  },
  {
    files: ["src/workbook/**/*.ts"],
    rules: rule(
      [...LIBRARIES, ...NODE, ...SHEET_DEEP, "**/planner", "**/planner/*", "**/hosts/*", ...SURFACES],
      "src/workbook builds on domain, sheet and i18n only; the planner uses it, not the other way round.",
    ),
  },
  {
    files: ["src/planner/**/*.ts"],
    rules: rule(
      [...LIBRARIES, ...NODE, ...SHEET_DEEP, "**/hosts/*", ...SURFACES],
      "src/planner works through the port it is given: no hosts, no surfaces.",
    ),
  },
  {
    files: ["src/hosts/**/*.ts"],
    rules: rule(
      [
        ...SHEET_DEEP,
        "**/domain/*",
        "**/workbook/*",
        "**/planner",
        "**/planner/*",
        "**/i18n/*",
        "../office/*",
        "../xlsx/*",
        "../office",
        "../xlsx",
        ...SURFACES,
      ],
      "A host imports only the contract module src/sheet (its index) and its own folder.",
    ),
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: rule(
      [
        ...NODE,
        ...SHEET_DEEP,
        "**/workbook/*",
        "**/planner",
        "**/planner/*",
        "**/hosts/*",
        "**/cli/*",
        "**/taskpane/*",
        "**/workbench/*",
      ],
      "The KAM.* functions are thin wrappers over the domain (and its text from i18n).",
    ),
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: rule(
      [
        ...SHEET_DEEP,
        "**/workbook/*",
        "**/planner/*",
        "**/hosts/*/*",
        "**/hosts/office",
        "**/taskpane/*",
        "**/workbench/*",
        "react",
        "@fluentui/*",
      ],
      "The CLI calls the planner (its index) and opens files through the xlsx host's index.",
    ),
  },
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    rules: rule(
      [
        ...NODE,
        ...SHEET_DEEP,
        "**/workbook/*",
        "**/planner/*",
        "**/hosts/*/*",
        "**/hosts/xlsx",
        "**/cli/*",
        "**/workbench/*",
        "exceljs",
      ],
      "The task pane calls the planner (its index); only boot.tsx creates the Office host, through its index.",
    ),
  },
  {
    files: ["src/workbench/**/*.ts", "src/workbench/**/*.tsx"],
    rules: rule(
      [
        ...NODE,
        ...SHEET_DEEP,
        "**/workbook/*",
        "**/planner/*",
        "**/hosts/*/*",
        "**/hosts/office",
        "**/cli/*",
      ],
      "The workbench calls the planner and uses the xlsx host through its index only.",
    ),
  },
];
