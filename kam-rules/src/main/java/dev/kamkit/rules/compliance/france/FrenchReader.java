package dev.kamkit.rules.compliance.france;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
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
    FrenchAttributeReader a = FrenchAttributeReader.read(t.attributes());
    Optional<FrenchKind> kind =
        a.oneOf(FranceAttributes.KIND, FrenchKind.codes())
            .flatMap(FrenchKind::ofCode)
            .or(
                () ->
                    ServiceFees.isFee(t.nature()) ? Optional.of(FrenchKind.FEE) : Optional.empty());
    Optional<BigDecimal> units = a.positiveNumber(FranceAttributes.UNITS);
    Optional<BigDecimal> hours = a.positiveNumber(FranceAttributes.HOURS);
    Optional<BigDecimal> halfDays = a.positiveNumber(FranceAttributes.HALF_DAYS);
    Optional<String> event = a.text(FranceAttributes.EVENT);
    Optional<String> convention = a.text(FranceAttributes.CONVENTION);
    Optional<String> authorisation = a.text(FranceAttributes.AUTHORISATION);
    Optional<String> declaration = a.text(FranceAttributes.DECLARATION);
    if (units.isPresent() && units.get().stripTrailingZeros().scale() > 0) {
      a.problem(
          Message.of(
              FranceCode.ATTRIBUTE_NOT_WHOLE_NUMBER,
              Arg.text(FranceAttributes.UNITS),
              Arg.of(units.get())));
      units = Optional.empty();
    }
    for (Message problem : a.problems()) {
      findings.add(
          Finding.of(FranceRules.ATTRIBUTE_INVALID, account.id(), List.of(t.id()), problem));
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
              units.orElse(BigDecimal.ONE),
              hours,
              halfDays,
              event,
              convention,
              authorisation,
              declaration));
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
