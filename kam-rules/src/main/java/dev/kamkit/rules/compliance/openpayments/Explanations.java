package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.Money;
import java.util.Optional;

/** Puts an assessment's reason into words, with the amounts it compared. */
final class Explanations {
  private Explanations() {}

  static String of(
      ReportabilityReason reason,
      Share s,
      Optional<ThresholdRow> row,
      Money aggregate,
      boolean yearEnded) {
    int year = s.programYear();
    String value = s.usdValue().map(Usd::show).orElse("");
    String minimum =
        row.map(r -> " the PY" + year + " minimum of " + Usd.show(r.minimum())).orElse("");
    String trigger = row.map(r -> Usd.show(r.aggregateTrigger())).orElse("");
    String soFar = yearEnded ? "" : " so far";
    return switch (reason) {
      case AT_OR_ABOVE_MINIMUM -> value + " is at or above" + minimum;
      case AGGREGATE_EXCEEDED ->
          value
              + " is below"
              + minimum
              + ", but the year's aggregate of "
              + Usd.show(aggregate)
              + " exceeds "
              + trigger;
      case BELOW_MINIMUM ->
          value
              + " is below"
              + minimum
              + " and the year's aggregate of "
              + Usd.show(aggregate)
              + " does not exceed "
              + trigger
              + soFar;
      case AGGREGATE_INCOMPLETE ->
          value
              + " is below"
              + minimum
              + "; the known aggregate of "
              + Usd.show(aggregate)
              + " does not exceed "
              + trigger
              + " and some payments of the year have no USD value";
      case STATUTORY_EXCLUSION ->
          s.facts()
              .exclusion()
              .map(e -> "excluded: " + e.description() + " (" + e.source() + ")")
              .orElse("excluded");
      case RESIDENT -> "residents are not covered recipients (fellows are)";
      case NON_PHYSICIAN_PRACTITIONER_BEFORE_2021 ->
          "non-physician practitioners are covered recipients only from 1 January 2021";
      case NOT_A_COVERED_PROFESSION ->
          "the recipient's profession is not covered (pharmacists,"
              + " nurses who are not advanced-practice and other staff are not)";
      case NO_US_LICENCE ->
          "the recipient practises outside the US and holds no recorded US state licence";
      case NOT_A_HEALTHCARE_PROFESSIONAL -> "the recipient is not a healthcare professional";
      case NOT_A_TEACHING_HOSPITAL ->
          "the organisation is not on the PY" + year + " teaching hospital list";
      case BEFORE_DATA_COLLECTION -> "made before data collection began on 1 August 2013";
      case PROGRAM_YEAR_UNKNOWN ->
          "the threshold table has no row for PY" + year + "; the host must supply it";
      case TEACHING_HOSPITAL_LIST_MISSING -> "no teaching hospital list was supplied for PY" + year;
      case NO_USD_RATE ->
          s.transfer().amount() + " on " + s.transfer().date() + " has no USD rate in the policy";
    };
  }
}
