package dev.kamkit.rules.compliance.france;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.rules.compliance.Beneficiary;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One beneficiary's share of one transfer, in euros, with the French facts read from its
 * attributes.
 *
 * @param name the name the beneficiary is shown by: the stakeholder's, the account's for the
 *     account itself, else the organisation's id
 * @param kind the recorded kind, or {@link FrenchKind#FEE} from a fee's nature of payment
 * @param units nights, meals or snacks covered; 1 when not recorded
 */
record FrenchTransfer(
    TransferOfValue transfer,
    Beneficiary beneficiary,
    String name,
    Money eur,
    Optional<FrenchKind> kind,
    BigDecimal units,
    Optional<BigDecimal> hours,
    Optional<BigDecimal> halfDays,
    Optional<String> event,
    Optional<String> convention,
    Optional<String> authorisation,
    Optional<String> declaration) {

  boolean underLea() {
    return !transfer.date().isBefore(FrenchThresholds.LEA_START);
  }

  /** True if the advantage was declared to the ordre, or authorised (the stricter route). */
  boolean declaredOrAuthorised() {
    return declaration.isPresent() || authorisation.isPresent();
  }

  boolean is(FrenchKind k) {
    return kind.equals(Optional.of(k));
  }

  int year() {
    return transfer.date().getYear();
  }

  /** The beneficiary as a message argument: its id and name. */
  Arg who() {
    return Arg.of(beneficiary.id(), name);
  }
}
