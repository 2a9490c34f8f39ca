package dev.kamkit.rules.tiering;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.list;
import static dev.kamkit.model.explain.Param.message;
import static dev.kamkit.model.explain.Param.number;
import static dev.kamkit.model.explain.Param.ref;
import static dev.kamkit.model.explain.Param.text;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * What tiering says, as stable codes: why an account has its tier or none, the portfolio's
 * warnings, the priority score's title and labels, and the lines the results are explained with.
 */
public enum TieringCode implements MessageCode {
  /**
   * No tier: the potential value cannot be placed; how many factors are assessed, and the factors
   * to rate (in the order of the engagement factors).
   */
  NOT_PLACED("tiering.potential.not-placed", count("assessed"), list("factors")),
  /**
   * A tier is assigned: the priority, the band of the plain cut-offs it falls in (a {@code BAND_*}
   * message), and what the priority is made of (a {@code BASIS_*} message).
   */
  ASSIGNED("tiering.tier.assigned", number("priority"), message("band"), message("basis")),
  /** The band of tier 1: from its cut-off. */
  BAND_TIER_1("tiering.band.tier-1", number("from")),
  /** The band of tier 2: from its cut-off, below tier 1's. */
  BAND_TIER_2("tiering.band.tier-2", number("from"), number("tier1")),
  /** The band of tier 3: below tier 2's cut-off. */
  BAND_TIER_3("tiering.band.tier-3", number("tier2")),
  /** The priority is the potential value alone: the policy gives strategic fit no weight. */
  BASIS_POTENTIAL("tiering.basis.potential", number("value")),
  /** The priority blends potential value and strategic fit with the policy's weights. */
  BASIS_BLENDED(
      "tiering.basis.blended",
      number("value"),
      number("fit"),
      number("potentialWeight"),
      number("fitWeight")),
  /** The priority is the potential value alone: the policy weighs fit, but it was not assessed. */
  BASIS_FIT_NOT_ASSESSED("tiering.basis.fit-not-assessed", number("value")),
  /** Hysteresis keeps the previous tier: the priority is within the band of the cut-off. */
  KEPT("tiering.tier.kept", choice("tier"), number("band")),
  /** The tier differs from the previous one. */
  CHANGED("tiering.tier.changed", choice("from"), choice("to")),
  /**
   * Portfolio: more accounts are tier 1 than the policy's share allows; how many, of how many, and
   * the share in percent.
   */
  TIER_1_CROWDED(
      "tiering.portfolio.tier-1-crowded", count("tier1"), count("accounts"), number("share")),
  /** Portfolio: accounts left without a tier. */
  UNTIERED("tiering.portfolio.untiered", count("count")),
  /** The title of the priority score. */
  PRIORITY("tiering.priority"),
  /** The priority score's potential value component. */
  POTENTIAL_VALUE("tiering.priority.potential-value"),
  /** The priority score's strategic fit component. */
  STRATEGIC_FIT("tiering.priority.strategic-fit"),
  /** A tier result's headline: the account, its tier and priority, the day, the policy version. */
  RESULT(
      "tiering.result",
      ref("account"),
      text("id"),
      choice("tier"),
      number("priority"),
      date("asOf"),
      text("policy")),
  /**
   * The headline of a result with a tier but no priority, which only a result built or read by hand
   * can be: Tiering sets both.
   */
  RESULT_WITHOUT_PRIORITY(
      "tiering.result.without-priority",
      ref("account"),
      text("id"),
      choice("tier"),
      date("asOf"),
      text("policy")),
  /** The headline of an account without a tier. */
  RESULT_UNTIERED(
      "tiering.result.untiered", ref("account"), text("id"), date("asOf"), text("policy")),
  /** A portfolio's tiers: how many accounts. */
  PORTFOLIO("tiering.portfolio", count("accounts")),
  /** One tier of a portfolio: how many accounts are in it. */
  PORTFOLIO_TIER("tiering.portfolio.tier", choice("tier"), count("count")),
  /** How many accounts of a portfolio have no tier. */
  PORTFOLIO_UNTIERED("tiering.portfolio.untiered-count", count("count"));

  private final String code;
  private final List<Param> params;

  TieringCode(String code, Param... params) {
    this.code = code;
    this.params = List.of(params);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public List<Param> params() {
    return params;
  }
}
