package dev.kamkit.rules.compliance.conduct;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.CompensationBasis;
import dev.kamkit.model.engagement.ServiceAgreement;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.ServiceAgreementId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Service agreements and the payments for services (personal services safe harbor, 42 CFR
 * 1001.952(d), OIG rule of 2 Dec 2020): pay not tied to the volume or value of business, a written
 * agreement behind every payment for services, signed and with its compensation methodology set no
 * later than the first day of the term and before any payment. The first day itself counts as in
 * advance.
 */
final class AgreementChecks {
  private AgreementChecks() {}

  /** The codes of one late step: after the term began, after payments, after both. */
  private record Late(ConductCode afterStart, ConductCode afterPayments, ConductCode afterBoth) {}

  private static final Late SIGNED =
      new Late(
          ConductCode.SIGNED_AFTER_START,
          ConductCode.SIGNED_AFTER_PAYMENTS,
          ConductCode.SIGNED_AFTER_START_AND_PAYMENTS);
  private static final Late COMPENSATION_SET =
      new Late(
          ConductCode.COMPENSATION_SET_AFTER_START,
          ConductCode.COMPENSATION_SET_AFTER_PAYMENTS,
          ConductCode.COMPENSATION_SET_AFTER_START_AND_PAYMENTS);

  static void check(
      KeyAccount account,
      LocalDate asOf,
      ConductPolicy policy,
      List<TransferOfValue> paid,
      List<Finding> out) {
    for (TransferOfValue t : paid) {
      if (policy.agreementNatures().contains(t.nature())
          && t.agreement().isEmpty()
          && !isEmployeePay(account, t)) {
        out.add(
            Finding.of(
                ConductRules.NO_AGREEMENT,
                account.id(),
                List.of(t.id()),
                ConductCode.NO_AGREEMENT,
                Parts.concat(
                    Parts.payment(t),
                    new Arg[] {Arg.of(t.nature()), Parts.recipient(account, t)})));
      }
    }
    List<ServiceAgreement> agreements =
        account.serviceAgreements().stream()
            .sorted(Comparator.comparing(a -> a.id().value()))
            .toList();
    // Grouped once, in payment order, rather than every agreement filtering every payment.
    Map<ServiceAgreementId, List<TransferOfValue>> byAgreement = new HashMap<>();
    for (TransferOfValue t : paid) {
      if (t.agreement().isPresent()) {
        byAgreement.computeIfAbsent(t.agreement().get(), id -> new ArrayList<>()).add(t);
      }
    }
    for (ServiceAgreement a : agreements) {
      agreement(account, a, asOf, byAgreement.getOrDefault(a.id(), List.of()), out);
    }
  }

  /**
   * True for salary or benefits paid to a recipient who is the manufacturer's bona fide employee on
   * its day: paid under the employment, not under a services agreement. A contractor's pay, or an
   * employee's pay outside the employment's dates, still needs one.
   */
  private static boolean isEmployeePay(KeyAccount account, TransferOfValue t) {
    return t.employmentCompensation()
        && t.recipient()
            .flatMap(account::stakeholder)
            .flatMap(Stakeholder::manufacturerEmployment)
            .filter(e -> e.isEmployeeOn(t.date()))
            .isPresent();
  }

  private static void agreement(
      KeyAccount account,
      ServiceAgreement a,
      LocalDate asOf,
      List<TransferOfValue> under,
      List<Finding> out) {
    Arg[] what =
        Parts.concat(
            Parts.agreement(account, a),
            new Arg[] {Arg.of(a.start()), Arg.of(under.size()), Parts.payments(under)});
    if (a.compensationBasis() == CompensationBasis.VOLUME_OR_VALUE_OF_BUSINESS) {
      out.add(
          finding(ConductRules.VOLUME_BASED, account, a, under, ConductCode.VOLUME_BASED, what));
    }
    if (a.start().isAfter(asOf) && under.isEmpty()) {
      return; // not yet in effect: nothing is late so far
    }
    if (a.signedOn().isEmpty()) {
      out.add(finding(ConductRules.UNSIGNED, account, a, under, ConductCode.UNSIGNED, what));
    } else {
      late(account, a, under, ConductRules.SIGNED_LATE, SIGNED, a.signedOn().get(), out);
    }
    if (a.compensationSetOn().isEmpty()) {
      out.add(
          finding(
              ConductRules.COMPENSATION_NOT_IN_ADVANCE,
              account,
              a,
              under,
              ConductCode.COMPENSATION_SET_UNRECORDED,
              what));
    } else {
      late(
          account,
          a,
          under,
          ConductRules.COMPENSATION_NOT_IN_ADVANCE,
          COMPENSATION_SET,
          a.compensationSetOn().get(),
          out);
    }
  }

  /** Reports {@code rule} when {@code day} falls after the term began or after a payment. */
  private static void late(
      KeyAccount account,
      ServiceAgreement a,
      List<TransferOfValue> under,
      RuleDescriptor rule,
      Late codes,
      LocalDate day,
      List<Finding> out) {
    List<TransferOfValue> before = under.stream().filter(t -> t.date().isBefore(day)).toList();
    boolean afterStart = day.isAfter(a.start());
    boolean afterPayments = !before.isEmpty();
    Arg[] what = Parts.concat(Parts.agreement(account, a), new Arg[] {Arg.of(day)});
    if (afterStart && afterPayments) {
      out.add(
          finding(
              rule,
              account,
              a,
              before,
              codes.afterBoth(),
              Parts.concat(what, new Arg[] {Arg.of(a.start()), Parts.payments(before)})));
    } else if (afterStart) {
      out.add(
          finding(
              rule,
              account,
              a,
              before,
              codes.afterStart(),
              Parts.concat(what, new Arg[] {Arg.of(a.start())})));
    } else if (afterPayments) {
      out.add(
          finding(
              rule,
              account,
              a,
              before,
              codes.afterPayments(),
              Parts.concat(what, new Arg[] {Parts.payments(before)})));
    }
  }

  private static Finding finding(
      RuleDescriptor rule,
      KeyAccount account,
      ServiceAgreement a,
      List<TransferOfValue> payments,
      ConductCode code,
      Arg[] args) {
    List<KamId> subjects = new ArrayList<>();
    subjects.add(a.id());
    payments.forEach(t -> subjects.add(t.id()));
    return Finding.of(rule, account.id(), subjects, code, args);
  }
}
