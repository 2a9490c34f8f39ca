package dev.kamkit.rules.compliance.states;

import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.Severity;
import java.util.List;

/**
 * Every rule of the US state pack, for the catalogue and for hosts that filter findings by rule.
 * Ids are stable and never reused: {@code states.<state>.<rule>}, or {@code states.<topic>} for
 * what all states share.
 */
public final class UsStatesRules {
  private UsStatesRules() {}

  private static final String MN = "Minn. Stat. §151.461 (MN Board of Pharmacy FAQ)";
  private static final String MA = "M.G.L. c.111N; 105 CMR 970 (Crowell; Mondaq)";
  private static final String NJ = "N.J.A.C. 13:45J (Reed Smith 2018; Porzio; NJBIA)";
  private static final String VT = "18 V.S.A. §§4631a, 4632 (Vermont Attorney General)";

  /** A US account whose recipients' state is not recorded. */
  public static final RuleDescriptor JURISDICTION_UNKNOWN =
      RuleDescriptor.of(
          "states.jurisdiction.unknown",
          Severity.WARNING,
          "Transfers to healthcare professionals of a US account have a state: the region of the"
              + " recipient's site, else of the account",
          "kamkit docs/compliance-us-states.md");

  /** A custom attribute the pack reads has a value it cannot read. */
  public static final RuleDescriptor ATTRIBUTE_INVALID =
      RuleDescriptor.of(
          "states.attribute.invalid",
          Severity.ERROR,
          "State facts on transfers are typed facts with documented names, not custom attributes",
          "kamkit docs/compliance-us-states.md, facts");

  /** A non-USD amount without a host-supplied rate. */
  public static final RuleDescriptor NO_USD_RATE =
      RuleDescriptor.of(
          "states.amount.no-usd-rate",
          Severity.ERROR,
          "Every amount not in US dollars has a host-supplied USD rate for its date, so that it"
              + " can be held against the states' dollar limits",
          MN + "; " + MA + "; " + NJ);

  /** Minnesota: gifts to a practitioner over $50 in a calendar year. */
  public static final RuleDescriptor MN_GIFT_LIMIT =
      RuleDescriptor.of(
          "states.mn.gift-limit",
          Severity.ERROR,
          "Gifts to a Minnesota practitioner total at most $50 combined per calendar year",
          MN);

  /** Massachusetts: payments over $50 per transaction, to disclose. */
  public static final RuleDescriptor MA_DISCLOSABLE =
      RuleDescriptor.of(
          "states.ma.disclosable",
          Severity.INFO,
          "Per Massachusetts practitioner and year: the payments of more than $50 each (per"
              + " transaction, not cumulative) to disclose",
          MA);

  /** Massachusetts: modest meals at non-CME presentations go in the quarterly report. */
  public static final RuleDescriptor MA_QUARTERLY_MEAL_REPORT =
      RuleDescriptor.of(
          "states.ma.quarterly-meal-report",
          Severity.INFO,
          "A meal at a non-CME presentation to Massachusetts practitioners goes in the quarter's"
              + " report",
          "105 CMR 970 (2012), §2A (Mondaq)");

  /** New Jersey: bona fide services over $10,000 a year across all manufacturers. */
  public static final RuleDescriptor NJ_SERVICES_CAP =
      RuleDescriptor.of(
          "states.nj.services-cap",
          Severity.ERROR,
          "Bona fide services paid to a New Jersey prescriber total at most $10,000 per calendar"
              + " year across all manufacturers (from 2020 without research, advisory boards and"
              + " education-event speaking)",
          NJ);

  /** New Jersey: a meal over the year's cap per person. */
  public static final RuleDescriptor NJ_MEAL_CAP =
      RuleDescriptor.of(
          "states.nj.meal-cap",
          Severity.ERROR,
          "A meal costs at most the year's cap per New Jersey prescriber ($15 in 2018, $30 in"
              + " 2019, CPI-indexed after)",
          NJ);

  /** New Jersey: no meal cap for a year with meals. */
  public static final RuleDescriptor NJ_MEAL_CAP_UNKNOWN =
      RuleDescriptor.of(
          "states.nj.meal-cap-unknown",
          Severity.ERROR,
          "Every year with meals to New Jersey prescribers has a meal cap, kamkit's verified one or"
              + " one the host supplies",
          NJ);

  /** Vermont: a gift that is not a permitted gift or a sample. */
  public static final RuleDescriptor VT_GIFT_BAN =
      RuleDescriptor.of(
          "states.vt.gift-ban",
          Severity.ERROR,
          "No gift or entertainment goes to a Vermont healthcare professional unless the host"
              + " records the permitted exception it relies on",
          VT);

  /** Vermont: what the year's disclosure holds and when it is due. */
  public static final RuleDescriptor VT_DISCLOSURE =
      RuleDescriptor.of(
          "states.vt.disclosure",
          Severity.INFO,
          "Per calendar year: the allowable expenditures, permitted gifts and samples (incl."
              + " coupons and vouchers) to disclose by 1 April of the next year",
          VT);

  /** Vermont: a disclosure past 1 April with no filing recorded. */
  public static final RuleDescriptor VT_DISCLOSURE_OVERDUE =
      RuleDescriptor.of(
          "states.vt.disclosure-overdue",
          Severity.ERROR,
          "The disclosure of a year with Vermont transfers is recorded as filed once 1 April of"
              + " the next year has passed",
          VT);

  /** Vermont: a year with Vermont transfers and no registration recorded. */
  public static final RuleDescriptor VT_REGISTRATION_MISSING =
      RuleDescriptor.of(
          "states.vt.registration-missing",
          Severity.ERROR,
          "The manufacturer is registered, by 1 January, for every year with Vermont transfers",
          VT);

  /** Every rule, in catalogue order. */
  public static final List<RuleDescriptor> ALL =
      List.of(
          JURISDICTION_UNKNOWN,
          ATTRIBUTE_INVALID,
          NO_USD_RATE,
          MN_GIFT_LIMIT,
          MA_DISCLOSABLE,
          MA_QUARTERLY_MEAL_REPORT,
          NJ_SERVICES_CAP,
          NJ_MEAL_CAP,
          NJ_MEAL_CAP_UNKNOWN,
          VT_GIFT_BAN,
          VT_DISCLOSURE,
          VT_DISCLOSURE_OVERDUE,
          VT_REGISTRATION_MISSING);
}
