// The pane's portfolio picture draws each name on the side the layout chose for the pane's square
// plot: beside, above or below its bubble where the middle would run into a neighbour's name.
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { emptyAccount, type Account } from "../../src/domain/account";
import type { PortfolioPosition } from "../../src/domain/portfolio";
import { PANE_FRAME, portfolioPicture } from "../../src/domain/portfolio-picture";
import { PortfolioChart } from "../../src/taskpane/review/PortfolioChart";

const account = (i: number, name: string, revenue: number): Account => ({
  ...emptyAccount("Kunden", i + 4),
  id: `K-${i}`,
  name,
  revenue,
});

test("close neighbours: the names stand apart, each anchored on its chosen side", () => {
  const accounts = [
    account(0, "Donau Chemie Werke AG", 3_950_000),
    account(1, "Hansewerk Fördertechnik", 3_870_000),
  ];
  const positions: PortfolioPosition[] = [
    { account: "K-0", strength: 6.0, attractiveness: 9.0, quadrant: "strategic" },
    { account: "K-1", strength: 6.4, attractiveness: 8.8, quadrant: "strategic" },
  ];
  const picture = portfolioPicture(accounts, positions, PANE_FRAME);
  render(
    <FluentProvider theme={webLightTheme}>
      <PortfolioChart language="de" review={{ accounts: [], picture }} />
    </FluentProvider>,
  );
  const svg = screen.getByRole("img", { name: /^Portfolio-Diagramm mit 2 Kunden/ });
  const donau = within(svg).getByText("Donau Chemie Werke AG");
  const hansewerk = within(svg).getByText("Hansewerk Fördertechnik");
  const sides = new Map(picture.bubbles.map((b) => [b.label, b.labelAt]));
  // In the middle of both bubbles the two names would run into each other.
  expect([sides.get("Donau Chemie Werke AG"), sides.get("Hansewerk Fördertechnik")]).not.toEqual([
    "center",
    "center",
  ]);
  const anchor = { right: "start", left: "end", above: "middle", below: "middle", center: "middle" } as const;
  expect(donau).toHaveAttribute("text-anchor", anchor[sides.get("Donau Chemie Werke AG") ?? "center"]);
  expect(hansewerk).toHaveAttribute("text-anchor", anchor[sides.get("Hansewerk Fördertechnik") ?? "center"]);
  const at = (el: HTMLElement) => `${el.getAttribute("x")}/${el.getAttribute("y")}`;
  expect(at(hansewerk)).not.toBe(at(donau));
});
