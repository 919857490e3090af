// The account's profile as the KAM reads it before setting goals: size, potential, share of wallet,
// margin, relationship, churn risk and where it sits in the portfolio.

import { Badge, Card, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { accountLabel, shareOfWallet, type Account } from "../../domain/account";
import type { Language, Positioning } from "../../domain/plan";
import { portfolioPosition } from "../../domain/portfolio";
import { formatAmount, formatList, formatPercent, term } from "../../i18n/format";
import { QUADRANT_LABEL } from "../../i18n/sheets";
import { ui } from "../../i18n/ui";
import { FigureList } from "../FigureList";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalM },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
});

export type ProfileCardProps = {
  language: Language;
  account: Account;
  accounts: readonly Account[];
  positioning: Positioning | null;
  headingId: string;
};

const RISK_COLOR = { low: "success", medium: "warning", high: "danger" } as const;

export function ProfileCard({ language, account, accounts, positioning, headingId }: ProfileCardProps) {
  const styles = useStyles();
  const unknown = ui(language, "notKnown");
  const money = (value: number | null) =>
    value === null ? unknown : formatAmount(value, account.currency, language);
  const percent = (value: number | null) => (value === null ? unknown : formatPercent(value, language));
  const share = shareOfWallet(account);
  const position = portfolioPosition(account, accounts, positioning);
  const areas = account.businessAreas ?? [];

  const rows: [string, ReactNode][] = [
    [ui(language, "profileRevenue"), money(account.revenue)],
    [ui(language, "profilePotential"), money(account.potential)],
    [ui(language, "profileShare"), percent(share)],
    [ui(language, "profileMargin"), percent(account.grossMargin)],
    [
      ui(language, "profileRelationship"),
      account.relationship === null
        ? unknown
        : ui(language, "relationshipScore", { score: account.relationship }),
    ],
    [
      ui(language, "profileChurn"),
      account.churnRisk === null ? (
        unknown
      ) : (
        <Badge appearance="tint" color={RISK_COLOR[account.churnRisk]}>
          {term(`risk.${account.churnRisk}`, language)}
        </Badge>
      ),
    ],
    [ui(language, "profileQuadrant"), QUADRANT_LABEL[language][position.quadrant]],
    [
      ui(language, "profileAreas"),
      areas.length > 0 ? formatList(areas, language) : (account.businessAreaCount?.toString() ?? unknown),
    ],
    [ui(language, "profileOwner"), account.owner ?? unknown],
  ];

  return (
    <Card className={styles.card} appearance="outline">
      <h3 id={headingId} className={styles.heading}>
        {ui(language, "profileHeading", { account: accountLabel(account) })}
      </h3>
      <FigureList rows={rows} />
    </Card>
  );
}
