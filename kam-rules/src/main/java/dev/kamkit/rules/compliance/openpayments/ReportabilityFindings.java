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
              Arg.of(a.explanation())));
    }
    for (RecipientYear ry : spend.recipientYears()) {
      recipientYear(account, ry, out);
    }
    return out;
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
    Arg who = recipient(account, ry.recipient());
    List<KamId> subjects = new ArrayList<>();
    subjects.add(ry.recipient());
    ry.assessments().forEach(a -> subjects.add(a.transfer()));
    Arg n = Arg.of(ry.assessments().size());
    Arg year = Arg.year(ry.programYear());
    ReportabilityReason reason = ry.coverage().reason().orElse(null);
    if (reason == ReportabilityReason.RESIDENT) {
      out.add(
          Finding.of(
              OpenPaymentsRules.RESIDENT_EXCLUDED,
              account.id(),
              subjects,
              OpenPaymentsCode.RESIDENT_EXCLUDED,
              who,
              year,
              n));
    } else if (reason != null && !ry.coverage().isUndetermined()) {
      out.add(
          Finding.of(
              OpenPaymentsRules.NOT_COVERED,
              account.id(),
              subjects,
              OpenPaymentsCode.NOT_COVERED,
              who,
              year,
              Arg.of(Explanations.of(reason, ry.programYear())),
              n));
    } else if (ry.coverage().isCovered()) {
      out.add(
          Finding.of(
              OpenPaymentsRules.REPORTABLE,
              account.id(),
              List.of(ry.recipient()),
              summary(who, ry)));
    }
  }

  /** The summary of a covered recipient-year: {@link OpenPaymentsCode#REPORTABLE}. */
  static Message summary(Arg who, RecipientYear ry) {
    List<Arg> notes = new ArrayList<>();
    ry.manufacturer()
        .ifPresent(m -> notes.add(note(OpenPaymentsCode.NOTE_MANUFACTURER, Arg.text(m))));
    notes.add(
        ry.threshold()
            .map(
                t ->
                    note(
                        ry.aggregateExceeded()
                            ? OpenPaymentsCode.NOTE_AGGREGATE_EXCEEDS
                            : OpenPaymentsCode.NOTE_AGGREGATE_WITHIN,
                        Arg.of(ry.aggregate()),
                        Arg.of(t.aggregateTrigger())))
            .orElse(note(OpenPaymentsCode.NOTE_NO_THRESHOLD)));
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
        Arg.of(ry.reportable().size()),
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
