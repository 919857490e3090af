// Excel's 32,767 characters per cell: a plan text over it is an error that `check` reports.

import { checkPlan } from "../../src/domain/rules";
import { EXCEL_CELL_TEXT_LIMIT } from "../../src/domain/rules/cell-limit";
import { cutText } from "../../src/workbook/cell-limit";
import { AS_OF, SAMPLE_ACCOUNTS, goal, plan } from "./fixtures";

const over = "x".repeat(EXCEL_CELL_TEXT_LIMIT + 1);
const exactly = "y".repeat(EXCEL_CELL_TEXT_LIMIT);

const limitFindings = (p: Parameters<typeof checkPlan>[0]) =>
  checkPlan(p, SAMPLE_ACCOUNTS, { asOf: AS_OF })
    .filter((f) => f.code === "TEXT_OVER_CELL_LIMIT")
    .map((f) => [f.subject.type, f.field, f.params.length]);

describe("TEXT_OVER_CELL_LIMIT", () => {
  test.each([
    ["vision", plan({ vision: over }), [["vision", "vision", over.length]]],
    ["mission", plan({ mission: over }), [["mission", "mission", over.length]]],
    [
      "goal text",
      plan({ goals: [goal({ id: "G1", statement: over })] }),
      [["goal", "statement", over.length]],
    ],
    ["owner", plan({ goals: [goal({ id: "G1", owner: over })] }), [["goal", "owner", over.length]]],
    [
      "a text of exactly the limit is fine",
      plan({ vision: exactly, goals: [goal({ id: "G1", statement: exactly })] }),
      [],
    ],
  ])("%s", (_label, p, expected) => {
    expect(limitFindings(p)).toEqual(expected);
  });

  test("it is an error: a sheet cannot hold the text as it is", () => {
    const [f] = checkPlan(plan({ vision: over }), SAMPLE_ACCOUNTS, { asOf: AS_OF }).filter(
      (x) => x.code === "TEXT_OVER_CELL_LIMIT",
    );
    expect(f?.severity).toBe("error");
  });
});

describe("cutText", () => {
  const marker = " […]";
  test.each([
    ["short text unchanged", "abc", "abc"],
    [
      "cut to the limit, marker at the end",
      over,
      `${over.slice(0, EXCEL_CELL_TEXT_LIMIT - marker.length)}${marker}`,
    ],
  ])("%s", (_label, text, expected) => {
    expect(cutText(text, marker)).toBe(expected);
    expect(cutText(text, marker).length).toBeLessThanOrEqual(EXCEL_CELL_TEXT_LIMIT);
  });

  test("never splits a surrogate pair", () => {
    const emoji = "😀".repeat(EXCEL_CELL_TEXT_LIMIT);
    const cut = cutText(emoji, marker);
    expect(cut.length).toBeLessThanOrEqual(EXCEL_CELL_TEXT_LIMIT);
    expect(cut.endsWith(marker)).toBe(true);
    expect(() => encodeURIComponent(cut)).not.toThrow();
  });
});
