import { checkAccounts } from "../../src/domain/rules";
import { KESSLER, LINDNER, SUMMIT, account } from "./fixtures";

describe("checkAccounts", () => {
  it("passes the sample portfolio", () => {
    expect(checkAccounts([KESSLER, LINDNER, SUMMIT])).toEqual([]);
  });

  it.each([
    [
      "de: same id on a second sheet",
      account({ id: "d-01", name: "Kessler (Nord)", source: { sheet: "Nord", row: 12 } }),
      "id",
      "d-01",
    ],
    [
      "de: same name with another legal form",
      account({ id: null, name: "Kessler Verpackungen", source: { sheet: "Nord", row: 12 } }),
      "name",
      "Kessler Verpackungen",
    ],
    [
      "en: same name, other case and punctuation",
      account({ id: "US-70", name: "SUMMIT OUTDOOR, INC", source: { sheet: "Nord", row: 12 } }),
      "name",
      "SUMMIT OUTDOOR, INC",
    ],
  ])("ACCOUNT_DUPLICATE – %s", (_name, dup, field, key) => {
    const findings = checkAccounts([KESSLER, SUMMIT, dup]);
    expect(findings).toHaveLength(1);
    const other = field === "id" || key.startsWith("Kessler") ? KESSLER : SUMMIT;
    expect(findings[0]).toMatchObject({
      code: "ACCOUNT_DUPLICATE",
      severity: "warning",
      field,
      params: {
        reason: field,
        key,
        sheet: "Nord",
        row: 12,
        otherSheet: other.source.sheet,
        otherRow: other.source.row,
      },
    });
  });

  it("ACCOUNT_DUPLICATE – near miss: similar but different names", () => {
    expect(checkAccounts([KESSLER, account({ id: "D-11", name: "Kessler Logistik GmbH" })])).toEqual([]);
  });

  it.each([
    ["revenue above potential", { revenue: 3_000_000, potential: 2_000_000 }, "revenue", "abovePotential"],
    ["negative revenue", { revenue: -10 }, "revenue", "negative"],
    ["negative potential", { potential: -1 }, "potential", "negative"],
    ["margin 2900 %", { grossMargin: 29 }, "grossMargin", "outOfRange"],
    ["profitability −150 %", { profitability: -1.5 }, "profitability", "outOfRange"],
    ["relationship 0", { relationship: 0 }, "relationship", "outOfRange"],
  ])("ACCOUNT_DATA_SUSPECT – %s", (_name, figures, field, reason) => {
    const [f] = checkAccounts([account({ id: "X-1", name: "Probe AG", ...figures })]);
    expect(f).toMatchObject({
      code: "ACCOUNT_DATA_SUSPECT",
      subject: { type: "account", id: "X-1" },
      field,
      params: { field: { term: `field.${field}` }, reason },
    });
  });

  it.each([
    ["revenue equal to potential", { revenue: 2_000_000, potential: 2_000_000 }],
    ["negative margin within −100 %", { grossMargin: -0.2 }],
    ["relationship 1 and 5", { relationship: 5 }],
    ["missing figures", {}],
  ])("ACCOUNT_DATA_SUSPECT – near miss: %s", (_name, figures) => {
    expect(checkAccounts([account({ id: "X-1", ...figures })])).toEqual([]);
  });
});
