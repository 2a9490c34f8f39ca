package dev.kamkit.rules.review;

/** What part of the account a change concerns; a review lists its changes in this order. */
public enum ReviewTopic {
  /** The account itself: joined or left the portfolio. */
  ACCOUNT,
  /** The stakeholders: added, departed, retiring, sentiment and influence. */
  STAKEHOLDERS,
  /** Our relationships with them: gained, lost, gone quiet, stronger or weaker. */
  RELATIONSHIPS,
  /** The plan's actions: added, completed, overdue, cancelled. */
  ACTIONS,
  /** The plan's objectives and their KPIs. */
  OBJECTIVES,
  /** The formulary standing of each product. */
  FORMULARY,
  /** Contracts: added, status, value, expired. */
  CONTRACTS,
  /** Committee submissions: added, advanced, decided, stalled. */
  SUBMISSIONS,
  /** The pipeline: opportunities added, moved, won, lost, re-valued. */
  PIPELINE
}
