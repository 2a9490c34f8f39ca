package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.rules.compliance.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Findings about reportability: configuration gaps, missing rates, recipients not covered,
 * exclusions applied, and one summary per covered recipient-year.
 */
final class ReportabilityFindings {
  private ReportabilityFindings() {}

  static List<Finding> of(KeyAccount account, AggregateSpend spend, OpenPaymentsPolicy policy) {
    List<Finding> out = new ArrayList<>();
    configuration(account, spend, policy, out);
    for (TransferAssessment a : distinctTransfers(spend, ReportabilityReason.NO_USD_RATE)) {
      out.add(
          Finding.of(
              OpenPaymentsRules.NO_USD_RATE,
              account.id(),
              List.of(a.transfer()),
              "The "
                  + a.amount()
                  + " paid on "
                  + a.date()
                  + " has no USD rate: add a UsdRate for "
                  + a.amount().currency()
                  + " effective on or before "
                  + a.date()
                  + " in "
                  + a.programYear()
                  + " to the policy. The record cannot be reported as it stands."));
    }
    for (TransferAssessment a : distinctTransfers(spend, ReportabilityReason.STATUTORY_EXCLUSION)) {
      out.add(
          Finding.of(
              OpenPaymentsRules.EXCLUSION_APPLIED,
              account.id(),
              List.of(a.transfer()),
              "Not reported: " + a.explanation() + "."));
    }
    for (RecipientYear ry : spend.recipientYears()) {
      recipientYear(account, ry, out);
    }
    return out;
  }

  private static void configuration(
      KeyAccount account, AggregateSpend spend, OpenPaymentsPolicy policy, List<Finding> out) {
    byYear(spend, ReportabilityReason.PROGRAM_YEAR_UNKNOWN)
        .forEach(
            (year, transfers) -> {
              String how =
                  year == 2020
                      ? "VerifiedThresholds.programYear2020(minimum, source), which adds the"
                          + " verified aggregate trigger of $109.69 to the minimum you confirm"
                      : "ThresholdRow.of("
                          + year
                          + ", minimum, trigger, source) with the values CMS"
                          + " published for PY"
                          + year;
              out.add(
                  Finding.of(
                      OpenPaymentsRules.PROGRAM_YEAR_UNKNOWN,
                      account.id(),
                      transfers,
                      "PY"
                          + year
                          + " is not in the threshold table (it holds PY"
                          + policy.programYears().stream()
                              .map(String::valueOf)
                              .collect(Collectors.joining(", PY"))
                          + "), so "
                          + transfers.size()
                          + " transfer(s) of the year are not judged"
                          + " reportable or not. Supply the row with OpenPaymentsPolicy.builder()"
                          + ".addHostThreshold("
                          + how
                          + ")."));
            });
    byYear(spend, ReportabilityReason.TEACHING_HOSPITAL_LIST_MISSING)
        .forEach(
            (year, ids) ->
                out.add(
                    Finding.of(
                        OpenPaymentsRules.TEACHING_HOSPITAL_LIST_MISSING,
                        account.id(),
                        ids,
                        "No teaching hospital list was supplied for PY"
                            + year
                            + ", so "
                            + ids.size()
                            + " transfer(s) to organisations are not judged. Add the CMS list for"
                            + " the year with"
                            + " OpenPaymentsPolicy.builder().addTeachingHospitalList(..).")));
  }

  private static void recipientYear(KeyAccount account, RecipientYear ry, List<Finding> out) {
    String who = name(account, ry.recipient());
    List<KamId> subjects = new ArrayList<>();
    subjects.add(ry.recipient());
    ry.assessments().forEach(a -> subjects.add(a.transfer()));
    int n = ry.assessments().size();
    ReportabilityReason reason = ry.coverage().reason().orElse(null);
    if (reason == ReportabilityReason.RESIDENT) {
      out.add(
          Finding.of(
              OpenPaymentsRules.RESIDENT_EXCLUDED,
              account.id(),
              subjects,
              who
                  + " is a resident in PY"
                  + ry.programYear()
                  + ", not a covered recipient: "
                  + n
                  + " transfer(s) are not reported. Fellows are covered."));
    } else if (reason != null && !ry.coverage().isUndetermined()) {
      out.add(
          Finding.of(
              OpenPaymentsRules.NOT_COVERED,
              account.id(),
              subjects,
              who
                  + " is not a covered recipient in PY"
                  + ry.programYear()
                  + ": "
                  + ry.assessments().stream()
                      .filter(a -> a.reason() == reason)
                      .findFirst()
                      .map(TransferAssessment::explanation)
                      .orElse(reason.code())
                  + "; "
                  + n
                  + " transfer(s) are not reported."));
    } else if (ry.coverage().isCovered()) {
      out.add(
          Finding.of(
              OpenPaymentsRules.REPORTABLE,
              account.id(),
              List.of(ry.recipient()),
              summary(who, ry)));
    }
  }

  private static String summary(String who, RecipientYear ry) {
    String type = ry.coverage().type().map(CoveredRecipientType::cmsName).orElse("");
    String aggregate =
        ry.threshold()
            .map(
                t ->
                    "; aggregate "
                        + Usd.show(ry.aggregate())
                        + (ry.aggregateExceeded() ? " exceeds " : " does not exceed ")
                        + Usd.show(t.aggregateTrigger()))
            .orElse("; no threshold row for the year");
    return who
        + " ("
        + type
        + "), PY"
        + ry.programYear()
        + ry.manufacturer().map(m -> " from " + m).orElse("")
        + ": "
        + ry.reportable().size()
        + " of "
        + ry.assessments().size()
        + " transfer(s) reportable, "
        + Usd.show(ry.reportableTotal())
        + " of "
        + Usd.show(ry.total())
        + aggregate
        + (ry.yearEnded() ? "" : " so far")
        + (ry.complete() ? "" : "; some amounts have no USD value")
        + ".";
  }

  private static String name(KeyAccount account, KamId id) {
    Optional<Stakeholder> person =
        id instanceof StakeholderId s ? account.stakeholder(s) : Optional.empty();
    return person.map(s -> s.name() + " [" + id + "]").orElse("Organisation " + id);
  }

  /** One assessment per transfer with the reason, in transfer-id order. */
  private static List<TransferAssessment> distinctTransfers(
      AggregateSpend spend, ReportabilityReason reason) {
    Map<String, TransferAssessment> first = new TreeMap<>();
    spend.assessments().stream()
        .filter(a -> a.reason() == reason)
        .forEach(a -> first.putIfAbsent(a.transfer().value(), a));
    return List.copyOf(first.values());
  }

  /** The transfers with the reason, by program year, each list sorted. */
  private static Map<Integer, List<TransferOfValueId>> byYear(
      AggregateSpend spend, ReportabilityReason reason) {
    return spend.assessments().stream()
        .filter(a -> a.reason() == reason)
        .collect(
            Collectors.groupingBy(
                TransferAssessment::programYear,
                TreeMap::new,
                Collectors.mapping(
                    TransferAssessment::transfer,
                    Collectors.collectingAndThen(
                        Collectors.toCollection(TreeSet::new), List::copyOf))));
  }
}
