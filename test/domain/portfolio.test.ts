import {
  attractiveness,
  portfolioMedianMargin,
  portfolioPositions,
  relativeStrength,
} from "../../src/domain/portfolio";
import { KESSLER, LINDNER, MARKETING, OSTSEE, SAMPLE_ACCOUNTS, TIROL, VOSS, account } from "./fixtures";

describe("portfolio", () => {
  it("places the sample accounts sensibly", () => {
    const byId = Object.fromEntries(
      portfolioPositions(SAMPLE_ACCOUNTS, MARKETING).map((p) => [p.account, p]),
    );
    expect(byId["D-01"]).toMatchObject({ attractiveness: 8, quadrant: "strategic" });
    expect(byId["D-04"]?.quadrant).toBe("strategic");
    // Ostsee: big potential in a focus segment, little of it won yet.
    expect(byId["D-03"]?.quadrant).toBe("development");
    expect(byId["D-05"]?.attractiveness).toBeLessThan(5);
  });

  it("rewards focus segments and penalises excluded ones", () => {
    const plain = attractiveness(OSTSEE, SAMPLE_ACCOUNTS, null);
    expect(attractiveness(OSTSEE, SAMPLE_ACCOUNTS, MARKETING)).toBeCloseTo(plain + 2, 5);
    const excluded = { ...MARKETING, excludedSegments: ["Lebensmittel"], focusSegments: [] };
    expect(attractiveness(OSTSEE, SAMPLE_ACCOUNTS, excluded)).toBeCloseTo(Math.max(0, plain - 4), 5);
  });

  it("strength grows with share of wallet, relationship and low churn", () => {
    expect(relativeStrength(VOSS)).toBeGreaterThan(relativeStrength(KESSLER));
    expect(relativeStrength(KESSLER)).toBeGreaterThan(relativeStrength(LINDNER));
    expect(relativeStrength(account({ id: "X" }))).toBe(0);
  });

  it("uses revenue when potential is missing", () => {
    const noPotential = account({ id: "X", revenue: 2_600_000 });
    expect(attractiveness(noPotential, [KESSLER, noPotential], null)).toBe(4);
    expect(attractiveness(TIROL, [TIROL], null)).toBe(8);
    expect(attractiveness(account({ id: "X" }), SAMPLE_ACCOUNTS, null)).toBe(0);
  });

  it("median margin ignores missing and impossible margins", () => {
    expect(portfolioMedianMargin(SAMPLE_ACCOUNTS)).toBe(0.29);
    expect(portfolioMedianMargin([KESSLER, LINDNER])).toBeCloseTo(0.2425, 10);
    expect(portfolioMedianMargin([account({ id: "X", grossMargin: 29 }), account({ id: "Y" })])).toBeNull();
  });
});
