package dev.kamkit.rules.compliance.conduct;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.CompensationBasis;
import dev.kamkit.model.engagement.ServiceAgreement;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.KamId;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Service agreements and the payments for services (personal services safe harbor, REGULATORY.md
 * 2.1): pay not tied to the volume or value of business, a written agreement behind every payment
 * for services, signed and with its compensation methodology set no later than the first day of the
 * term and before any payment. The first day itself counts as in advance.
 */
final class AgreementChecks {
  private AgreementChecks() {}

  static void check(
      KeyAccount account,
      LocalDate asOf,
      ConductPolicy policy,
      List<TransferOfValue> paid,
      List<Finding> out) {
    for (TransferOfValue t : paid) {
      if (policy.agreementNatures().contains(t.nature()) && t.agreement().isEmpty()) {
        out.add(
            Finding.of(
                ConductRules.NO_AGREEMENT,
                account.id(),
                List.of(t.id()),
                "The "
                    + Words.nature(t.nature())
                    + " "
                    + Words.payment(t)
                    + " paid to "
                    + Words.recipient(account, t)
                    + " was made under no service agreement"));
      }
    }
    List<ServiceAgreement> agreements =
        account.serviceAgreements().stream()
            .sorted(Comparator.comparing(a -> a.id().value()))
            .toList();
    for (ServiceAgreement a : agreements) {
      List<TransferOfValue> under =
          paid.stream().filter(t -> t.agreement().equals(Optional.of(a.id()))).toList();
      agreement(account, a, asOf, under, out);
    }
  }

  private static void agreement(
      KeyAccount account,
      ServiceAgreement a,
      LocalDate asOf,
      List<TransferOfValue> under,
      List<Finding> out) {
    String what = Words.agreement(account, a) + " (term from " + a.start() + ")";
    String payments = under.isEmpty() ? "" : "; payments under it: " + Words.payments(under);
    if (a.compensationBasis() == CompensationBasis.VOLUME_OR_VALUE_OF_BUSINESS) {
      out.add(
          finding(
              ConductRules.VOLUME_BASED,
              account,
              a,
              under,
              "The "
                  + what
                  + " sets compensation taking into account the volume or value of referrals or"
                  + " business"
                  + payments));
    }
    if (a.start().isAfter(asOf) && under.isEmpty()) {
      return; // not yet in effect: nothing is late so far
    }
    if (a.signedOn().isEmpty()) {
      out.add(
          finding(
              ConductRules.UNSIGNED,
              account,
              a,
              under,
              "The " + what + " is not signed" + payments));
    } else {
      late(account, a, under, ConductRules.SIGNED_LATE, "was signed", a.signedOn().get(), out);
    }
    if (a.compensationSetOn().isEmpty()) {
      out.add(
          finding(
              ConductRules.COMPENSATION_NOT_IN_ADVANCE,
              account,
              a,
              under,
              "The "
                  + what
                  + " records no day on which its compensation methodology was set, so it cannot"
                  + " be shown to be set in advance"
                  + payments));
    } else {
      late(
          account,
          a,
          under,
          ConductRules.COMPENSATION_NOT_IN_ADVANCE,
          "had its compensation methodology set",
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
      String happened,
      LocalDate day,
      List<Finding> out) {
    List<TransferOfValue> before = under.stream().filter(t -> t.date().isBefore(day)).toList();
    List<String> why = new ArrayList<>();
    if (day.isAfter(a.start())) {
      why.add("after its term began on " + a.start());
    }
    if (!before.isEmpty()) {
      why.add("after payments " + Words.payments(before));
    }
    if (!why.isEmpty()) {
      out.add(
          finding(
              rule,
              account,
              a,
              before,
              "The "
                  + Words.agreement(account, a)
                  + " "
                  + happened
                  + " on "
                  + day
                  + ", "
                  + String.join(" and ", why)));
    }
  }

  private static Finding finding(
      RuleDescriptor rule,
      KeyAccount account,
      ServiceAgreement a,
      List<TransferOfValue> payments,
      String message) {
    List<KamId> subjects = new ArrayList<>();
    subjects.add(a.id());
    payments.forEach(t -> subjects.add(t.id()));
    return Finding.of(rule, account.id(), subjects, message);
  }
}
