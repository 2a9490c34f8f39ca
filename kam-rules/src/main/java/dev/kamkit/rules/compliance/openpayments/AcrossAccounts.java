package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.KamId;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the aggregate over several accounts changes: a recipient's small transfers under one account
 * become reportable once their transfers under the manufacturer's other accounts count toward the
 * annual trigger. Totals are per recipient, not per account (42 U.S.C. 1320a-7h(e)(10)(B)(i)).
 *
 * <p>Only accounts that share a recipient (by id) with another account are judged again, so a
 * portfolio whose accounts share nobody costs one scan of its transfers.
 */
final class AcrossAccounts {
  private AcrossAccounts() {}

  static List<Finding> of(
      List<KeyAccount> accounts, LocalDate asOf, ReportabilityEvaluator evaluator) {
    List<KeyAccount> sharing = sharingARecipient(accounts);
    if (sharing.size() < 2) {
      return List.of();
    }
    AggregateSpend pooled = evaluator.evaluate(sharing, asOf);
    List<AggregateSpend> alone = new ArrayList<>(sharing.size());
    Map<YearKey, Integer> accountsPerRecipientYear = new HashMap<>();
    for (KeyAccount account : sharing) {
      AggregateSpend spend = evaluator.evaluate(List.of(account), asOf);
      alone.add(spend);
      for (RecipientYear ry : spend.recipientYears()) {
        accountsPerRecipientYear.merge(key(ry), 1, Integer::sum);
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < sharing.size(); i++) {
      for (RecipientYear ry : alone.get(i).recipientYears()) {
        List<KamId> raised = raisedByOthers(ry, pooled);
        if (raised.size() > 1) {
          findings.add(
              Finding.of(
                  OpenPaymentsRules.REPORTABLE_ACROSS_ACCOUNTS,
                  sharing.get(i).id(),
                  raised,
                  OpenPaymentsCode.REPORTABLE_ACROSS_ACCOUNTS,
                  ReportabilityFindings.recipient(sharing.get(i), ry.recipient()),
                  Arg.year(ry.programYear()),
                  Arg.of(raised.size() - 1),
                  Arg.of(pooledAggregate(ry, pooled)),
                  Arg.of(accountsPerRecipientYear.getOrDefault(key(ry), 1))));
        }
      }
    }
    return findings;
  }

  /** The recipient, then the transfers reportable only in the pooled view. */
  private static List<KamId> raisedByOthers(RecipientYear ry, AggregateSpend pooled) {
    List<KamId> raised = new ArrayList<>();
    raised.add(ry.recipient());
    for (TransferAssessment a : ry.assessments()) {
      if (!a.isReportable()
          && pooled
              .assessment(a.transfer(), a.recipient())
              .map(TransferAssessment::isReportable)
              .orElse(false)) {
        raised.add(a.transfer());
      }
    }
    return raised;
  }

  private static Money pooledAggregate(RecipientYear ry, AggregateSpend pooled) {
    for (RecipientYear all : pooled.of(ry.recipient())) {
      if (all.programYear() == ry.programYear() && all.manufacturer().equals(ry.manufacturer())) {
        return all.aggregate();
      }
    }
    // a transfer raised by the pooled view has its recipient-year there
    throw new IllegalStateException("no pooled recipient-year for " + key(ry));
  }

  private static YearKey key(RecipientYear ry) {
    return new YearKey(ry.recipient(), ry.programYear(), ry.manufacturer());
  }

  /** A recipient-year: totals are per recipient, per program year, per manufacturer. */
  private record YearKey(KamId recipient, int programYear, Optional<String> manufacturer) {}

  /** The accounts with a recipient (person or organisation) that another account pays too. */
  private static List<KeyAccount> sharingARecipient(List<KeyAccount> accounts) {
    Map<KamId, Integer> accountsPaying = new HashMap<>();
    List<Set<KamId>> paid = new ArrayList<>(accounts.size());
    for (KeyAccount account : accounts) {
      Set<KamId> recipients = recipients(account);
      paid.add(recipients);
      for (KamId r : recipients) {
        accountsPaying.merge(r, 1, Integer::sum);
      }
    }
    List<KeyAccount> sharing = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i++) {
      for (KamId r : paid.get(i)) {
        if (accountsPaying.getOrDefault(r, 0) > 1) {
          sharing.add(accounts.get(i));
          break;
        }
      }
    }
    return sharing;
  }

  private static Set<KamId> recipients(KeyAccount account) {
    Set<KamId> recipients = new HashSet<>();
    for (TransferOfValue t : account.transfersOfValue()) {
      t.recipient().ifPresent(recipients::add);
      t.organisation().ifPresent(recipients::add);
      recipients.addAll(t.attendees());
    }
    return recipients;
  }
}
