package dev.kamkit.rules.compliance.efpia;

import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.Severity;
import java.util.List;

/** Every rule of the EFPIA pack, for the catalogue. Ids are stable and never reused. */
public final class EfpiaRules {
  private EfpiaRules() {}

  private static final String CATEGORIES =
      "EFPIA Disclosure Code, disclosure categories (Lexology; Alcon methodological note)";
  private static final String DISCLOSURE =
      "EFPIA Disclosure Code, individual / aggregate disclosure (Norway LMI 26.5; PMCPA;"
          + " Farmaindustria)";
  private static final String TIMING = "EFPIA Disclosure Code, timing (ABPI Code 2014 clause 21)";

  /** No disclosure currency for the account's country. */
  public static final RuleDescriptor CURRENCY_MISSING =
      RuleDescriptor.of(
          "efpia.configuration.currency-missing",
          Severity.ERROR,
          "Every country with transfers to disclose has a host-supplied disclosure currency",
          DISCLOSURE);

  /** A meal while the host has not said whether meals are disclosed. */
  public static final RuleDescriptor MEALS_SETTING_MISSING =
      RuleDescriptor.of(
          "efpia.configuration.meals-setting-missing",
          Severity.ERROR,
          "Meals are judged only once the host says whether they are disclosed (unverified)",
          DISCLOSURE);

  /** A custom attribute the pack reads has a value it cannot read. */
  public static final RuleDescriptor ATTRIBUTE_INVALID =
      RuleDescriptor.of(
          "efpia.attribute.invalid",
          Severity.ERROR,
          "EFPIA facts on transfers are typed facts with documented names, not custom attributes",
          "kamkit docs/compliance-europe.md, EFPIA facts");

  /** An amount in another currency without a host-supplied rate. */
  public static final RuleDescriptor NO_RATE =
      RuleDescriptor.of(
          "efpia.amount.no-rate",
          Severity.ERROR,
          "Every amount not in the disclosure currency has a host-supplied rate for its date",
          DISCLOSURE);

  /** A transfer that fits no category of its recipient. */
  public static final RuleDescriptor UNCLASSIFIED =
      RuleDescriptor.of(
          "efpia.transfer.unclassified",
          Severity.ERROR,
          "Every disclosed transfer fits one category of its recipient (HCO: donations and grants,"
              + " events, fees for service; HCP: events, fees for service)",
          CATEGORIES);

  /** A transfer the Code does not disclose. */
  public static final RuleDescriptor OUT_OF_SCOPE =
      RuleDescriptor.of(
          "efpia.transfer.out-of-scope",
          Severity.INFO,
          "Transfers to people who are not HCPs, before the first period (2015), or meals the host"
              + " does not disclose are not disclosed",
          CATEGORIES);

  /** An indirect transfer recorded twice, counted in the other record. */
  public static final RuleDescriptor COUNTED_ONCE =
      RuleDescriptor.of(
          "efpia.indirect.counted-once",
          Severity.INFO,
          "A transfer marked as recording the same value as another is counted once, in the other",
          DISCLOSURE);

  /** A counted-in reference that does not name a countable transfer. */
  public static final RuleDescriptor COUNTED_IN_INVALID =
      RuleDescriptor.of(
          "efpia.indirect.counted-in-invalid",
          Severity.ERROR,
          "efpia.countedIn names another transfer of the account that is not itself counted"
              + " elsewhere; otherwise the transfer is disclosed where it is",
          DISCLOSURE);

  /** An HCP who consented to some transfers of a period and not others. */
  public static final RuleDescriptor PARTIAL_CONSENT =
      RuleDescriptor.of(
          "efpia.consent.partial",
          Severity.ERROR,
          "Consent is all-in or all-out per HCP and period; a partly consented HCP is disclosed in"
              + " aggregate",
          DISCLOSURE + "; PMCPA (all-in / all-out)");

  /** An HCP disclosed in aggregate for lack of consent. */
  public static final RuleDescriptor AGGREGATED =
      RuleDescriptor.of(
          "efpia.consent.aggregated",
          Severity.INFO,
          "An HCP without consent to named disclosure is disclosed in aggregate per category",
          DISCLOSURE);

  /** A period that has ended and is not yet disclosed, before its deadline. */
  public static final RuleDescriptor DUE =
      RuleDescriptor.of(
          "efpia.disclosure.due",
          Severity.INFO,
          "A period that has ended is disclosed by 30 June of the next year",
          TIMING);

  /** A period past its deadline with no publication recorded. */
  public static final RuleDescriptor OVERDUE =
      RuleDescriptor.of(
          "efpia.disclosure.overdue",
          Severity.ERROR,
          "A period past 30 June of the next year has a recorded publication",
          TIMING);

  /** A period published after its deadline. */
  public static final RuleDescriptor LATE =
      RuleDescriptor.of(
          "efpia.disclosure.late",
          Severity.ERROR,
          "A period is published within 6 months of its end, by 30 June of the next year",
          TIMING);

  /** Summary of one period's disclosure. */
  public static final RuleDescriptor SUMMARY =
      RuleDescriptor.of(
          "efpia.disclosure.summary",
          Severity.INFO,
          "Per period: named rows, aggregate rows, R&D in aggregate, totals and the deadline",
          DISCLOSURE + "; " + TIMING);

  /** Every rule, in catalogue order. */
  public static final List<RuleDescriptor> ALL =
      List.of(
          CURRENCY_MISSING,
          MEALS_SETTING_MISSING,
          ATTRIBUTE_INVALID,
          NO_RATE,
          UNCLASSIFIED,
          OUT_OF_SCOPE,
          COUNTED_ONCE,
          COUNTED_IN_INVALID,
          PARTIAL_CONSENT,
          AGGREGATED,
          DUE,
          OVERDUE,
          LATE,
          SUMMARY);
}
