package dev.kamkit.rules.compliance.france;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.FactReader;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.rules.compliance.Beneficiary;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.ServiceFees;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one transfer's French facts and converts each beneficiary's share into euros. */
final class FrenchReader {
  private FrenchReader() {}

  static List<FrenchTransfer> read(
      KeyAccount account, TransferOfValue t, FrancePolicy policy, List<Finding> findings) {
    FactReader a =
        FactReader.of(t.facts(), t.attributes(), FranceFacts.PREFIX, FranceFacts.TRANSFER_KEYS);
    Optional<FrenchKind> kind =
        a.get(FranceFacts.KIND)
            .or(
                () ->
                    ServiceFees.isFee(t.nature()) ? Optional.of(FrenchKind.FEE) : Optional.empty());
    if (!a.problems().isEmpty()) {
      findings.add(
          Finding.of(
              FranceRules.ATTRIBUTE_INVALID,
              account.id(),
              List.of(t.id()),
              FranceCode.ATTRIBUTE_INVALID,
              Arg.list(a.problems(), Arg::of)));
    }
    List<FrenchTransfer> out = new ArrayList<>();
    for (Beneficiary b : Beneficiary.of(account, t)) {
      Optional<Money> eur = policy.toEur(b.value(), t.date());
      if (eur.isEmpty()) {
        findings.add(
            Finding.of(
                FranceRules.NO_EUR_RATE,
                account.id(),
                List.of(t.id()),
                FranceCode.NO_EUR_RATE,
                Arg.of(b.value()),
                Arg.of(t.date()),
                Arg.year(t.date().getYear())));
        continue;
      }
      out.add(
          new FrenchTransfer(
              t,
              b,
              name(account, b),
              eur.get(),
              kind,
              BigDecimal.valueOf(a.get(FranceFacts.UNITS).orElse(1L)),
              a.get(FranceFacts.HOURS),
              a.get(FranceFacts.HALF_DAYS),
              a.get(FranceFacts.EVENT),
              a.get(FranceFacts.CONVENTION),
              a.get(FranceFacts.AUTHORISATION),
              a.get(FranceFacts.DECLARATION)));
    }
    return out;
  }

  /**
   * The name a beneficiary is shown by: the stakeholder's name, the account's name for the account
   * itself, or else the organisation's id.
   */
  private static String name(KeyAccount account, Beneficiary b) {
    return b.stakeholder()
        .map(Stakeholder::name)
        .orElseGet(() -> b.id().equals(account.id()) ? account.account().name() : b.id().value());
  }
}
