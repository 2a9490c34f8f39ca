package dev.kamkit.rules.compliance.france;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.KamId;
import dev.kamkit.rules.compliance.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Transparence des liens: conventions are published whatever their amount, avantages from €10 TTC
 * (the host chooses {@code >} or {@code ≥}). Amounts are taken as recorded, tax included.
 */
final class TransparencyCheck {
  private TransparencyCheck() {}

  static List<Finding> of(KeyAccount account, List<FrenchTransfer> items, FrancePolicy policy) {
    List<Finding> findings = new ArrayList<>();
    List<KamId> undecided = new ArrayList<>();
    for (FrenchTransfer i : items) {
      List<KamId> subjects = List.of(i.beneficiary().id(), i.transfer().id());
      if (i.convention().isPresent()) {
        findings.add(
            Finding.of(
                FranceRules.PUBLISH,
                account.id(),
                subjects,
                FranceCode.PUBLISH_CONVENTION,
                Arg.text(i.convention().get()),
                Arg.of(i.eur()),
                Arg.of(i.transfer().date())));
        continue;
      }
      boolean atThreshold = i.eur().compareTo(FrenchThresholds.PUBLICATION) == 0;
      Optional<PublicationTest> test = policy.publicationTest();
      if (atThreshold && test.isEmpty()) {
        undecided.add(i.transfer().id());
        continue;
      }
      // away from exactly 10.00 EUR both readings agree
      if (test.orElse(PublicationTest.ABOVE).publishes(i.eur())) {
        findings.add(
            Finding.of(
                FranceRules.PUBLISH,
                account.id(),
                subjects,
                atThreshold ? FranceCode.PUBLISH_AT_THRESHOLD : FranceCode.PUBLISH_ABOVE_THRESHOLD,
                Arg.of(i.eur()),
                Arg.of(i.transfer().date()),
                Arg.of(FrenchThresholds.PUBLICATION)));
      }
    }
    if (!undecided.isEmpty()) {
      findings.add(
          Finding.of(
              FranceRules.PUBLICATION_TEST_MISSING,
              account.id(),
              undecided,
              FranceCode.PUBLICATION_TEST_MISSING,
              Arg.of(undecided.size()),
              Arg.of(FrenchThresholds.PUBLICATION)));
    }
    return findings;
  }
}
