// The judgement calls of the rule catalogue, in one place so teams can tune them.

export type Thresholds = {
  /** Deadlines further out than this many years are flagged (GOAL_DEADLINE_FAR). */
  horizonYears: number;
  /** Required annual growth above this fraction is flagged (GOAL_GROWTH_IMPLAUSIBLE). */
  growthCeiling: number;
  /** The same goal on this many accounts or more is flagged (GOAL_DUPLICATE_ACROSS_ACCOUNTS). */
  duplicateAccounts: number;
  /**
   * Goals with the same figures whose content words (stemmed, account names and short names
   * masked, stop words and word order ignored) overlap at least this much (Jaccard) count as copies
   * of each other. With 0.8, one word added counts from four content words on, one word swapped
   * from eight; identical word sets always count.
   */
  nearDuplicateSimilarity: number;
  visionMinWords: number;
  visionMaxWords: number;
  /** Share of the mission's content words that also stand in the vision (MISSION_REPEATS_VISION). */
  missionOverlap: number;
  /** Relationship scores at or below this count as weak (ACCOUNT_RISK_UNADDRESSED). */
  weakRelationship: number;
  /** Share of wallet below this counts as low (revenue suggestions). */
  lowShareOfWallet: number;
  /** Accounts serving this many business areas or fewer get a new-areas suggestion. */
  fewBusinessAreas: number;
};

export const DEFAULT_THRESHOLDS: Thresholds = {
  horizonYears: 5,
  growthCeiling: 0.5,
  duplicateAccounts: 3,
  nearDuplicateSimilarity: 0.8,
  visionMinWords: 8,
  visionMaxWords: 60,
  missionOverlap: 0.6,
  weakRelationship: 2,
  lowShareOfWallet: 0.5,
  fewBusinessAreas: 2,
};
