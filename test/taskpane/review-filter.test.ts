import { emptyAccount } from "../../src/domain/account";
import type { Rag } from "../../src/domain/review";
import type { Quadrant } from "../../src/domain/figures";
import {
  filterReviews,
  nextRed,
  NO_FILTER,
  ownersOf,
  type ReviewRow,
} from "../../src/taskpane/model/review-filter";

const review = (id: string, rag: Rag, owner: string | null, quadrant: Quadrant): ReviewRow => ({
  account: { ...emptyAccount("Kunden", 4), id, owner },
  position: { account: id, attractiveness: 5, strength: 5, quadrant },
  rag,
});

const ACCOUNTS = [
  review("A", "green", "Berg", "strategic"),
  review("B", "red", "Krause", "status"),
  review("C", "amber", "Berg", "strategic"),
  review("D", "red", null, "streamline"),
];

test.each<[string, Partial<typeof NO_FILTER>, string[]]>([
  ["no filter", {}, ["A", "B", "C", "D"]],
  ["by KAM", { owner: "Berg" }, ["A", "C"]],
  ["by status", { rag: "red" }, ["B", "D"]],
  ["by quadrant", { quadrant: "strategic" }, ["A", "C"]],
  ["all three", { owner: "Berg", rag: "amber", quadrant: "strategic" }, ["C"]],
  ["nothing matches", { owner: "Krause", rag: "green" }, []],
])("filter: %s", (_, filter, ids) => {
  expect(filterReviews(ACCOUNTS, { ...NO_FILTER, ...filter }).map((r) => r.account.id)).toEqual(ids);
});

test("owners once each, sorted; accounts without a KAM left out", () => {
  expect(ownersOf(ACCOUNTS)).toEqual(["Berg", "Krause"]);
});

test("next red: the first red from the start, the one after the current, wrapping; none without reds", () => {
  expect(nextRed(ACCOUNTS, null)).toBe("B");
  expect(nextRed(ACCOUNTS, "B")).toBe("D");
  expect(nextRed(ACCOUNTS, "D")).toBe("B");
  expect(nextRed(ACCOUNTS, "C")).toBe("D");
  expect(
    nextRed(
      ACCOUNTS.filter((r) => r.rag !== "red"),
      null,
    ),
  ).toBeNull();
});
