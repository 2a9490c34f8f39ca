package dev.kamkit.rules.compliance.conduct;

import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.Severity;
import java.util.List;

/**
 * Every rule of the conduct pack. Ids are stable and never reused. Findings that only take an
 * arrangement out of a safe harbor are warnings: outside a safe harbor an arrangement is judged on
 * its facts, it is not unlawful by that alone. Pay tied to the volume or value of business, and
 * what the PhRMA Code rules out in so many words, are errors.
 */
public final class ConductRules {
  private ConductRules() {}

  private static final String AKS = "42 U.S.C. 1320a-7b(b) (Anti-Kickback Statute)";
  private static final String PERSONAL_SERVICES =
      "42 CFR 1001.952(d), personal services and management contracts safe harbor";
  private static final String SFA = "OIG Special Fraud Alert: Speaker Programs (16 Nov 2020)";
  private static final String PHRMA = "PhRMA Code (1 Jan 2022)";
  private static final String GPO =
      "42 CFR 1001.952(j), group purchasing organizations safe harbor";

  /** An agreement whose pay takes into account the volume or value of referrals or business. */
  public static final RuleDescriptor VOLUME_BASED =
      RuleDescriptor.of(
          "conduct.agreement.volume-based",
          Severity.ERROR,
          "Service agreements do not set compensation taking into account the volume or value of"
              + " referrals or business",
          AKS + "; " + PERSONAL_SERVICES);

  /** A payment for services with no service agreement. */
  public static final RuleDescriptor NO_AGREEMENT =
      RuleDescriptor.of(
          "conduct.payment.no-agreement",
          Severity.WARNING,
          "Payments for consulting, speaking and other services are made under a service"
              + " agreement (the natures are a policy setting)",
          PERSONAL_SERVICES + "; " + PHRMA + " sections 6, 7");

  /** An agreement in effect that nobody signed. */
  public static final RuleDescriptor UNSIGNED =
      RuleDescriptor.of(
          "conduct.agreement.unsigned",
          Severity.WARNING,
          "A service agreement whose term has begun, or under which payments were made, is signed",
          PERSONAL_SERVICES);

  /** An agreement signed after its term began or after a payment under it. */
  public static final RuleDescriptor SIGNED_LATE =
      RuleDescriptor.of(
          "conduct.agreement.signed-late",
          Severity.WARNING,
          "A service agreement is signed no later than the first day of its term and before any"
              + " payment under it",
          PERSONAL_SERVICES);

  /** A compensation methodology not recorded as set, or set after the term began. */
  public static final RuleDescriptor COMPENSATION_NOT_IN_ADVANCE =
      RuleDescriptor.of(
          "conduct.agreement.compensation-not-in-advance",
          Severity.WARNING,
          "A service agreement's compensation methodology is set no later than the first day of its"
              + " term and before any payment (since 19 Jan 2021 the methodology, not the"
              + " aggregate compensation, must be set in advance)",
          PERSONAL_SERVICES + " (OIG final rule, 2 Dec 2020)");

  /** A speaker programme with company-paid alcohol. */
  public static final RuleDescriptor ALCOHOL =
      RuleDescriptor.of(
          "conduct.speaker.alcohol",
          Severity.ERROR,
          "Speaker programmes serve no alcohol paid for by the company",
          PHRMA + " section 7; " + SFA);

  /** A speaker programme at a high-end restaurant or luxury resort. */
  public static final RuleDescriptor HIGH_END_VENUE =
      RuleDescriptor.of(
          "conduct.speaker.high-end-venue",
          Severity.ERROR,
          "Speaker programmes are not held at high-end restaurants or luxury resorts",
          PHRMA + " section 7; " + SFA);

  /** A speaker programme at an entertainment or recreation venue. */
  public static final RuleDescriptor ENTERTAINMENT_VENUE =
      RuleDescriptor.of(
          "conduct.speaker.entertainment-venue",
          Severity.WARNING,
          "Speaker programmes are not held at entertainment or recreation venues",
          SFA + "; " + PHRMA + " section 3");

  /** An attendee at another programme on the same topic with no recorded need. */
  public static final RuleDescriptor REPEAT_ATTENDANCE =
      RuleDescriptor.of(
          "conduct.speaker.repeat-attendance",
          Severity.WARNING,
          "An attendee attends a second speaker programme on the same topic (compared ignoring case"
              + " and spacing) only with a recorded educational need",
          PHRMA + " section 7; " + SFA);

  /** A speaker chosen by a commercial team member. */
  public static final RuleDescriptor CHOSEN_BY_COMMERCIAL =
      RuleDescriptor.of(
          "conduct.speaker.chosen-by-commercial",
          Severity.ERROR,
          "Speakers are not chosen by sales, marketing or other commercial roles",
          SFA);

  /** A programme's speaker later attending a programme on the same topic as a participant. */
  public static final RuleDescriptor SPEAKER_ATTENDS_LATER =
      RuleDescriptor.of(
          "conduct.speaker.speaker-attends-later",
          Severity.WARNING,
          "A speaker does not later attend a speaker programme on the same topic as a participant",
          PHRMA + " section 7");

  /** A grab-and-go meal. */
  public static final RuleDescriptor GRAB_AND_GO =
      RuleDescriptor.of(
          "conduct.meal.grab-and-go",
          Severity.ERROR,
          "Meals are not grab-and-go: a modest meal comes with an informational presentation and a"
              + " substantive interaction with each attendee",
          PHRMA + " section 2");

  /** Entertainment or recreation of any value. */
  public static final RuleDescriptor ENTERTAINMENT =
      RuleDescriptor.of(
          "conduct.hospitality.entertainment",
          Severity.ERROR,
          "No entertainment or recreation is provided to healthcare professionals, whatever its"
              + " value",
          PHRMA + " section 3");

  /** A non-educational item of any value. */
  public static final RuleDescriptor NON_EDUCATIONAL_ITEM =
      RuleDescriptor.of(
          "conduct.item.non-educational",
          Severity.ERROR,
          "No non-educational items (pens, mugs, clipboards) are given, even of minimal value",
          PHRMA + " section 10");

  /** An educational item worth more than $100. */
  public static final RuleDescriptor EDUCATIONAL_ITEM_OVER_LIMIT =
      RuleDescriptor.of(
          "conduct.item.educational-over-limit",
          Severity.ERROR,
          "Educational items are worth $100 or less (exactly $100.00 is allowed)",
          PHRMA + " section 11");

  /** An educational item in another currency with no USD rate. */
  public static final RuleDescriptor NO_USD_RATE =
      RuleDescriptor.of(
          "conduct.item.no-usd-rate",
          Severity.WARNING,
          "An educational item not in US dollars has a host-supplied USD rate for its date, so that"
              + " the $100 limit can be judged",
          PHRMA + " section 11");

  /** A speaker-programme or in-office meal above the company's own cap per person. */
  public static final RuleDescriptor MEAL_OVER_CAP =
      RuleDescriptor.of(
          "conduct.meal.over-company-cap",
          Severity.ERROR,
          "Meals at speaker programmes and in-office meals cost no more per person than the"
              + " company's own cap (a host setting: the Code asks for modest meals and names no"
              + " figure, so without a cap no meal is judged)",
          PHRMA + " sections 2 and 7");

  /** A meal in another currency, with a company cap set but no USD rate for its date. */
  public static final RuleDescriptor MEAL_NO_USD_RATE =
      RuleDescriptor.of(
          "conduct.meal.no-usd-rate",
          Severity.WARNING,
          "A meal not in US dollars has a host-supplied USD rate for its date, so that the"
              + " company's cap per person can be judged",
          PHRMA + " sections 2 and 7");

  /** A GPO fee above 3 % with no stated amount or maximum. */
  public static final RuleDescriptor GPO_FEE_ABOVE_LIMIT =
      RuleDescriptor.of(
          "conduct.gpo.fee-above-limit",
          Severity.WARNING,
          "A GPO agreement's administrative fee above 3 % of the purchase price states the amount"
              + " or maximum (exactly 3.00 % is allowed)",
          GPO);

  /** A GPO contract stating neither a percentage nor an amount. */
  public static final RuleDescriptor GPO_FEE_TERMS_MISSING =
      RuleDescriptor.of(
          "conduct.gpo.fee-terms-missing",
          Severity.WARNING,
          "A GPO agreement states its administrative fee, as a percentage of the purchase price or"
              + " an amount or maximum",
          GPO);

  /** All of them, in catalogue order. */
  static final List<RuleDescriptor> ALL =
      List.of(
          VOLUME_BASED,
          NO_AGREEMENT,
          UNSIGNED,
          SIGNED_LATE,
          COMPENSATION_NOT_IN_ADVANCE,
          ALCOHOL,
          HIGH_END_VENUE,
          ENTERTAINMENT_VENUE,
          REPEAT_ATTENDANCE,
          CHOSEN_BY_COMMERCIAL,
          SPEAKER_ATTENDS_LATER,
          GRAB_AND_GO,
          ENTERTAINMENT,
          NON_EDUCATIONAL_ITEM,
          EDUCATIONAL_ITEM_OVER_LIMIT,
          NO_USD_RATE,
          MEAL_OVER_CAP,
          MEAL_NO_USD_RATE,
          GPO_FEE_ABOVE_LIMIT,
          GPO_FEE_TERMS_MISSING);
}
