import { rejectsWith, throwsWith } from "./expect-error";
import { createWireExcel } from "../office-js";

describe("getItem, getItemOrNullObject and isNullObject", () => {
  test("getItem on a missing sheet does not throw when called but fails the sync with ItemNotFound", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Nope");
      const error = await rejectsWith(context.sync(), "ItemNotFound");
      expect(error.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
      expect(sheet).toBeDefined();
    });
  });

  test("getItemOrNullObject sets isNullObject at the sync without an explicit load", async () => {
    const fake = await createWireExcel({ sheets: [{ name: "Accounts" }] });
    await fake.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("accounts");
      throwsWith(() => missing.isNullObject, "PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("operations on a null object are skipped (getItemOrNullObject(x).delete() idiom)", async () => {
    const fake = await createWireExcel({ sheets: [{ name: "Accounts" }, { name: "Old" }] });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("Missing").delete();
      context.workbook.worksheets.getItemOrNullObject("Old").delete();
      await context.sync();
    });
    expect(fake.workbook.sheetNames()).toEqual(["Accounts"]);
  });

  test("tables, names and settings follow the same rules", async () => {
    const fake = await createWireExcel({ settings: { planVersion: 1 } });
    await fake.Excel.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("KAM_Goals");
      const name = context.workbook.names.getItemOrNullObject("GoalsStart");
      const setting = context.workbook.settings.getItemOrNullObject("planVersion");
      setting.load("value");
      await context.sync();
      expect([table.isNullObject, name.isNullObject, setting.isNullObject]).toEqual([true, true, false]);
      expect(setting.value).toBe(1);
      context.workbook.tables.getItem("KAM_Goals");
      await rejectsWith(context.sync(), "ItemNotFound");
    });
  });
});

describe("adding sheets", () => {
  test("a duplicate name fails with ItemAlreadyExists (names compare case-insensitively)", async () => {
    const fake = await createWireExcel({ sheets: [{ name: "KAM Goals" }] });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.add("kam goals");
      await rejectsWith(context.sync(), "ItemAlreadyExists");
    });
  });

  test.each([
    ["longer than 31 characters", "x".repeat(32)],
    ["a colon", "a:b"],
    ["a slash", "a/b"],
    ["a question mark", "a?"],
    ["a bracket", "[a]"],
    ["a star", "a*"],
    ["a backslash", "a\\b"],
    ["blank", "  "],
    ["History", "History"],
    ["a leading apostrophe", "'a"],
  ])("a sheet name with %s fails with InvalidArgument", async (_label, name) => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await rejectsWith(context.sync(), "InvalidArgument");
    });
    expect(fake.workbook.sheetNames()).toEqual(["Sheet1"]);
  });

  test("a sheet added without a name gets Excel's next default name; in German Tabelle2", async () => {
    const fake = await createWireExcel({ displayLanguage: "de-DE" });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add();
      sheet.load("name, position, visibility");
      await context.sync();
      expect([sheet.name, sheet.position, sheet.visibility]).toEqual(["Tabelle2", 1, "Visible"]);
    });
  });

  test("the last visible sheet can be neither hidden nor deleted; a very hidden sheet cannot be deleted", async () => {
    const fake = await createWireExcel({ sheets: [{ name: "A" }, { name: "B", visibility: "VeryHidden" }] });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("A").visibility = "Hidden";
      await rejectsWith(context.sync(), "InvalidOperation");
      context.workbook.worksheets.getItem("A").delete();
      await rejectsWith(context.sync(), "InvalidOperation");
      context.workbook.worksheets.getItem("B").delete();
      await rejectsWith(context.sync(), "InvalidOperation");
    });
  });

  test("collections load items with their properties", async () => {
    const fake = await createWireExcel({ sheets: [{ name: "A" }, { name: "B", visibility: "Hidden" }] });
    await fake.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name, items/visibility");
      throwsWith(() => sheets.items, "PropertyNotLoaded");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ["A", "Visible"],
        ["B", "Hidden"],
      ]);
      throwsWith(() => sheets.items[0]?.position, "PropertyNotLoaded");
    });
  });
});

describe("names and settings", () => {
  test("names.add refers to a range; value is the absolute address; duplicates fail", async () => {
    const fake = await createWireExcel({ sheets: [{ name: "KAM Goals" }] });
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("KAM Goals").getRange("A8:C8");
      const name = context.workbook.names.add("GoalsHeader", range, "header row");
      name.load("name, type, value, formula, visible");
      await context.sync();
      expect([name.type, name.value, name.formula]).toEqual([
        "Range",
        "'KAM Goals'!$A$8:$C$8",
        "='KAM Goals'!$A$8:$C$8",
      ]);
      context.workbook.names.add("goalsheader", "=1");
      await rejectsWith(context.sync(), "ItemAlreadyExists");
      context.workbook.names.add("A1", "=1");
      await rejectsWith(context.sync(), "InvalidArgument");
    });
  });

  test("settings.add sets or replaces a value stored as JSON", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      context.workbook.settings.add("plan", { version: 1 });
      context.workbook.settings.add("plan", { version: 2 });
      await context.sync();
    });
    expect(fake.workbook.settings.get("plan")).toEqual({ version: 2 });
  });
});

describe("Worksheet.id", () => {
  test("is Excel's string id, stable across a rename, and getItem accepts it", async () => {
    const fake = await createWireExcel({ sheets: [{ name: "Accounts" }] });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Accounts");
      sheet.load("id");
      await context.sync();
      const id = sheet.id;
      expect(typeof id).toBe("string");
      sheet.name = "Kunden";
      const again = context.workbook.worksheets.getItem(id);
      again.load("id, name");
      await context.sync();
      expect(again.id).toBe(id);
      expect(again.name).toBe("Kunden");
    });
  });
});
