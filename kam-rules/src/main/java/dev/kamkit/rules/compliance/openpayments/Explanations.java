package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.util.Optional;

/** An assessment's reason as a message, with the amounts it compared. */
final class Explanations {
  private Explanations() {}

  /**
   * The explanation of {@code reason} for share {@code s}. The reasons the aggregate decides, and
   * {@link ReportabilityReason#AT_OR_ABOVE_MINIMUM}, are given only when the year has a threshold
   * row and the share a dollar value; a statutory exclusion only when one is marked.
   */
  static Message of(
      ReportabilityReason reason,
      Share s,
      Optional<ThresholdRow> row,
      Money aggregate,
      boolean yearEnded) {
    return switch (reason) {
      case AT_OR_ABOVE_MINIMUM ->
          Message.of(
              OpenPaymentsCode.ASSESSMENT_AT_OR_ABOVE_MINIMUM,
              value(s),
              Arg.year(s.programYear()),
              Arg.of(threshold(row).minimum()));
      case AGGREGATE_EXCEEDED ->
          small(OpenPaymentsCode.ASSESSMENT_AGGREGATE_EXCEEDED, s, row, aggregate);
      case BELOW_MINIMUM ->
          small(
              yearEnded
                  ? OpenPaymentsCode.ASSESSMENT_BELOW_MINIMUM
                  : OpenPaymentsCode.ASSESSMENT_BELOW_MINIMUM_SO_FAR,
              s,
              row,
              aggregate);
      case AGGREGATE_INCOMPLETE ->
          small(OpenPaymentsCode.ASSESSMENT_AGGREGATE_INCOMPLETE, s, row, aggregate);
      case STATUTORY_EXCLUSION -> {
        StatutoryExclusion e =
            s.facts()
                .exclusion()
                .orElseThrow(() -> new IllegalStateException("an exclusion without its mark"));
        yield Message.of(
            OpenPaymentsCode.ASSESSMENT_STATUTORY_EXCLUSION, Arg.of(e), Arg.text(e.source()));
      }
      case NO_USD_RATE ->
          Message.of(
              OpenPaymentsCode.ASSESSMENT_NO_USD_RATE,
              Arg.of(s.transfer().amount()),
              Arg.of(s.transfer().date()));
      default -> of(reason, s.programYear());
    };
  }

  /**
   * The explanation of a reason that depends on the program year alone: why a recipient is not
   * covered, why an employee's pay is not reported, or why the pack cannot tell.
   *
   * @throws IllegalArgumentException for a reason that compares amounts
   */
  static Message of(ReportabilityReason reason, int programYear) {
    return switch (reason) {
      case RESIDENT -> Message.of(OpenPaymentsCode.ASSESSMENT_RESIDENT);
      case EMPLOYEE_COMPENSATION -> Message.of(OpenPaymentsCode.ASSESSMENT_EMPLOYEE_COMPENSATION);
      case NON_PHYSICIAN_PRACTITIONER_BEFORE_2021 ->
          Message.of(OpenPaymentsCode.ASSESSMENT_NON_PHYSICIAN_PRACTITIONER_BEFORE_2021);
      case NOT_A_COVERED_PROFESSION ->
          Message.of(OpenPaymentsCode.ASSESSMENT_NOT_A_COVERED_PROFESSION);
      case NO_US_LICENCE -> Message.of(OpenPaymentsCode.ASSESSMENT_NO_US_LICENCE);
      case NOT_A_HEALTHCARE_PROFESSIONAL ->
          Message.of(OpenPaymentsCode.ASSESSMENT_NOT_A_HEALTHCARE_PROFESSIONAL);
      case NOT_A_TEACHING_HOSPITAL ->
          Message.of(OpenPaymentsCode.ASSESSMENT_NOT_A_TEACHING_HOSPITAL, Arg.year(programYear));
      case BEFORE_DATA_COLLECTION -> Message.of(OpenPaymentsCode.ASSESSMENT_BEFORE_DATA_COLLECTION);
      case PROGRAM_YEAR_UNKNOWN ->
          Message.of(OpenPaymentsCode.ASSESSMENT_PROGRAM_YEAR_UNKNOWN, Arg.year(programYear));
      case TEACHING_HOSPITAL_LIST_MISSING ->
          Message.of(
              OpenPaymentsCode.ASSESSMENT_TEACHING_HOSPITAL_LIST_MISSING, Arg.year(programYear));
      default -> throw new IllegalArgumentException(reason + " compares amounts");
    };
  }

  /** A payment below the minimum, with the aggregate and trigger the reason compares. */
  private static Message small(
      OpenPaymentsCode code, Share s, Optional<ThresholdRow> row, Money aggregate) {
    ThresholdRow r = threshold(row);
    return Message.of(
        code,
        value(s),
        Arg.year(s.programYear()),
        Arg.of(r.minimum()),
        Arg.of(aggregate),
        Arg.of(r.aggregateTrigger()));
  }

  private static Arg value(Share s) {
    return Arg.of(
        s.usdValue()
            .orElseThrow(() -> new IllegalStateException("an amount compared without a value")));
  }

  private static ThresholdRow threshold(Optional<ThresholdRow> row) {
    return row.orElseThrow(() -> new IllegalStateException("an amount compared without a row"));
  }
}
