package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.StakeholderId;

/**
 * What other manufacturers paid one New Jersey prescriber for bona fide services in one calendar
 * year, as far as the host knows (from the prescriber's attestation, say). New Jersey's $10,000 cap
 * is across all manufacturers; kamkit sees only our own transfers, so this figure is added to ours.
 * Absent, only our own total is judged and the finding says so.
 *
 * @param prescriber the prescriber, by stakeholder id
 * @param year the calendar year
 * @param amount the amount, in US dollars, zero or more
 * @param source where the figure comes from, quoted in findings
 */
public record OtherManufacturerServices(
    StakeholderId prescriber, int year, Money amount, String source) {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if the amount is not a US dollar amount of
   *     zero or more, or the source is blank
   */
  public OtherManufacturerServices {
    ModelCheck.of("OtherManufacturerServices", prescriber, year)
        .require(Dollars.isUsd(amount), "amount", amount, ModelCode.WRONG_CURRENCY, Arg.text("USD"))
        .notNegative("amount", amount)
        .nonBlank("source", source)
        .throwIfInvalid();
  }
}
