package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.rules.compliance.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Findings about reportability: configuration gaps, missing rates, recipients not covered,
 * exclusions applied, and one summary per covered recipient-year.
 */
final class ReportabilityFindings {
  private ReportabilityFindings() {}

  /** Adds the reportability findings about {@code account} to {@code out}. */
  static void of(
      KeyAccount account, AggregateSpend spend, OpenPaymentsPolicy policy, List<Finding> out) {
    configuration(account, spend, policy, out);
    for (TransferAssessment a : distinctTransfers(spend, ReportabilityReason.NO_USD_RATE)) {
      out.add(
          Finding.of(
              OpenPaymentsRules.NO_USD_RATE,
              account.id(),
              List.of(a.transfer()),
              OpenPaymentsCode.NO_USD_RATE,
              Arg.of(a.amount()),
              Arg.of(a.date()),
              Arg.of(
                  Message.of(
                      OpenPaymentsCode.ADVICE_USD_RATE,
                      Arg.text(a.amount().currency().getCurrencyCode()),
                      Arg.of(a.date()),
                      Arg.year(a.programYear())))));
    }
    for (TransferAssessment a : distinctTransfers(spend, ReportabilityReason.STATUTORY_EXCLUSION)) {
      out.add(
          Finding.of(
              OpenPaymentsRules.EXCLUSION_APPLIED,
              account.id(),
              List.of(a.transfer()),
              OpenPaymentsCode.EXCLUSION_APPLIED,
              Arg.of(a.why())));
    }
    for (TransferAssessment a :
        distinctTransfers(spend, ReportabilityReason.EMPLOYEE_COMPENSATION)) {
      out.add(
          Finding.of(
              OpenPaymentsRules.EMPLOYEE_COMPENSATION_EXCLUDED,
              account.id(),
              List.of(a.recipient(), a.transfer()),
              OpenPaymentsCode.EMPLOYEE_COMPENSATION_EXCLUDED,
              recipient(account, a.recipient()),
              Arg.of(a.date())));
    }
    for (RecipientYear ry : spend.recipientYears()) {
      recipientYear(account, ry, out);
    }
  }

  private static void configuration(
      KeyAccount account, AggregateSpend spend, OpenPaymentsPolicy policy, List<Finding> out) {
    Arg years =
        Arg.list(
            policy.programYears(),
            y -> Arg.of(Message.of(OpenPaymentsCode.PROGRAM_YEAR, Arg.year(y))));
    byYear(spend, ReportabilityReason.PROGRAM_YEAR_UNKNOWN)
        .forEach(
            (year, transfers) ->
                out.add(
                    Finding.of(
                        OpenPaymentsRules.PROGRAM_YEAR_UNKNOWN,
                        account.id(),
                        transfers,
                        OpenPaymentsCode.PROGRAM_YEAR_UNKNOWN,
                        Arg.year(year),
                        years,
                        Arg.of(transfers.size()),
                        Arg.of(
                            year == 2020
                                ? Message.of(
                                    OpenPaymentsCode.ADVICE_THRESHOLD_ROW_2020,
                                    Arg.of(VerifiedThresholds.PY2020_AGGREGATE_TRIGGER))
                                : Message.of(
                                    OpenPaymentsCode.ADVICE_THRESHOLD_ROW, Arg.year(year))))));
    byYear(spend, ReportabilityReason.TEACHING_HOSPITAL_LIST_MISSING)
        .forEach(
            (year, ids) ->
                out.add(
                    Finding.of(
                        OpenPaymentsRules.TEACHING_HOSPITAL_LIST_MISSING,
                        account.id(),
                        ids,
                        OpenPaymentsCode.TEACHING_HOSPITAL_LIST_MISSING,
                        Arg.year(year),
                        Arg.of(ids.size()),
                        Arg.of(
                            Message.of(
                                OpenPaymentsCode.ADVICE_TEACHING_HOSPITAL_LIST, Arg.year(year))))));
  }

  private static void recipientYear(KeyAccount account, RecipientYear ry, List<Finding> out) {
    ReportabilityReason reason = ry.coverage().reason().orElse(null);
    if (reason == ReportabilityReason.RESIDENT) {
      out.add(
          Finding.of(
              OpenPaymentsRules.RESIDENT_EXCLUDED,
              account.id(),
              recipientAndTransfers(ry),
              OpenPaymentsCode.RESIDENT_EXCLUDED,
              recipient(account, ry.recipient()),
              Arg.year(ry.programYear()),
              Arg.of(ry.assessments().size())));
    } else if (reason != null && !ry.coverage().isUndetermined()) {
      out.add(
          Finding.of(
              OpenPaymentsRules.NOT_COVERED,
              account.id(),
              recipientAndTransfers(ry),
              OpenPaymentsCode.NOT_COVERED,
              recipient(account, ry.recipient()),
              Arg.year(ry.programYear()),
              Arg.of(Explanations.of(reason, ry.programYear())),
              Arg.of(ry.assessments().size())));
    } else if (ry.coverage().isCovered()) {
      out.add(
          Finding.of(
              OpenPaymentsRules.REPORTABLE,
              account.id(),
              List.of(ry.recipient()),
              summary(recipient(account, ry.recipient()), ry)));
    }
  }

  /** The subjects of a finding about a whole recipient-year. */
  private static List<KamId> recipientAndTransfers(RecipientYear ry) {
    List<KamId> subjects = new ArrayList<>();
    subjects.add(ry.recipient());
    for (TransferAssessment a : ry.assessments()) {
      subjects.add(a.transfer());
    }
    return subjects;
  }

  /** The summary of a covered recipient-year: {@link OpenPaymentsCode#REPORTABLE}. */
  static Message summary(Arg who, RecipientYear ry) {
    List<Arg> notes = new ArrayList<>();
    Optional<String> manufacturer = ry.manufacturer();
    if (manufacturer.isPresent()) {
      notes.add(note(OpenPaymentsCode.NOTE_MANUFACTURER, Arg.text(manufacturer.get())));
    }
    Optional<ThresholdRow> threshold = ry.threshold();
    if (threshold.isPresent()) {
      notes.add(
          note(
              ry.aggregateExceeded()
                  ? OpenPaymentsCode.NOTE_AGGREGATE_EXCEEDS
                  : OpenPaymentsCode.NOTE_AGGREGATE_WITHIN,
              Arg.of(ry.aggregate()),
              Arg.of(threshold.get().aggregateTrigger())));
    } else {
      notes.add(note(OpenPaymentsCode.NOTE_NO_THRESHOLD));
    }
    if (!ry.yearEnded()) {
      notes.add(note(OpenPaymentsCode.NOTE_SO_FAR));
    }
    if (!ry.complete()) {
      notes.add(note(OpenPaymentsCode.NOTE_INCOMPLETE));
    }
    return Message.of(
        OpenPaymentsCode.REPORTABLE,
        who,
        Arg.of(
            ry.coverage()
                .type()
                .orElseThrow(
                    () -> new IllegalStateException("a summary of a recipient not covered"))),
        Arg.year(ry.programYear()),
        Arg.of(reportableCount(ry)),
        Arg.of(ry.assessments().size()),
        Arg.of(ry.reportableTotal()),
        Arg.of(ry.total()),
        Arg.list(notes));
  }

  private static Arg note(OpenPaymentsCode code, Arg... args) {
    return Arg.of(Message.of(code, args));
  }

  /**
   * The recipient as an argument: a stakeholder by name, the account itself by its name, another
   * organisation by its id.
   */
  static Arg recipient(KeyAccount account, KamId id) {
    if (id instanceof StakeholderId s) {
      Optional<Stakeholder> person = account.stakeholder(s);
      if (person.isPresent()) {
        return Arg.of(id, person.get().name());
      }
    }
    if (id.equals(account.id())) {
      return Arg.of(id, account.account().name());
    }
    return Arg.of(id);
  }

  private static int reportableCount(RecipientYear ry) {
    int n = 0;
    for (TransferAssessment a : ry.assessments()) {
      if (a.isReportable()) {
        n++;
      }
    }
    return n;
  }

  /** One assessment per transfer with the reason, in transfer-id order. */
  private static Collection<TransferAssessment> distinctTransfers(
      AggregateSpend spend, ReportabilityReason reason) {
    Map<String, TransferAssessment> first = new TreeMap<>();
    for (RecipientYear ry : spend.recipientYears()) {
      for (TransferAssessment a : ry.assessments()) {
        if (a.reason() == reason) {
          first.putIfAbsent(a.transfer().value(), a);
        }
      }
    }
    return first.values();
  }

  /** The transfers with the reason, by program year, each list sorted. */
  private static Map<Integer, List<TransferOfValueId>> byYear(
      AggregateSpend spend, ReportabilityReason reason) {
    Map<Integer, Set<TransferOfValueId>> sets = new TreeMap<>();
    for (RecipientYear ry : spend.recipientYears()) {
      for (TransferAssessment a : ry.assessments()) {
        if (a.reason() == reason) {
          sets.computeIfAbsent(a.programYear(), y -> new TreeSet<>()).add(a.transfer());
        }
      }
    }
    Map<Integer, List<TransferOfValueId>> lists = new TreeMap<>();
    sets.forEach((year, transfers) -> lists.put(year, List.copyOf(transfers)));
    return lists;
  }
}
