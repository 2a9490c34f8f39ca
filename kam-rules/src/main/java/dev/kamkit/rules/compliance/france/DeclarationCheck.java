package dev.kamkit.rules.compliance.france;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.rules.compliance.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The anti-gift law's routing below the thresholds (décret 2020-730): an advantage that is not
 * négligeable goes through a written convention and is declared to the professional body when it is
 * at or below every authorisation threshold; above one it needs the body's authorisation, which
 * {@link AuthorisationCheck} judges. An authorisation recorded for an advantage below the
 * thresholds serves as well: it is the stricter route. Impromptu meals, books and samples are
 * routed by {@link NegligibleCheck} once they are beyond the négligeable limits. A fee without its
 * duration is left to {@code france.lea.fee-duration-missing}: its route cannot be told.
 */
final class DeclarationCheck {
  private static final Message DECLARATION_ROUTE =
      Message.of(
          FranceCode.ROUTE_DECLARATION,
          Arg.text(FranceFacts.DECLARATION.name()),
          Arg.text(FranceFacts.AUTHORISATION.name()));
  private static final Message AUTHORISATION_ROUTE =
      Message.of(FranceCode.ROUTE_AUTHORISATION, Arg.text(FranceFacts.AUTHORISATION.name()));

  private DeclarationCheck() {}

  /** The declaration route, and the records that satisfy it, for a message's {@code route}. */
  static Message declarationRoute() {
    return DECLARATION_ROUTE;
  }

  /** The authorisation route, and the record that satisfies it, for a message's {@code route}. */
  static Message authorisationRoute() {
    return AUTHORISATION_ROUTE;
  }

  /**
   * A finding for each advantage under the law, of a kind other than the négligeable ones, not in
   * {@code aboveThreshold}, and neither declared nor authorised.
   */
  static List<Finding> of(
      KeyAccount account, List<FrenchTransfer> items, Set<FrenchTransfer> aboveThreshold) {
    List<Finding> findings = new ArrayList<>();
    for (FrenchTransfer i : items) {
      if (!i.underLea()
          || i.kind().isEmpty()
          || i.kind().get().isNegligibleKind()
          || aboveThreshold.contains(i)
          || i.declaredOrAuthorised()
          || isUnjudgedFee(i)) {
        continue;
      }
      findings.add(
          Finding.of(
              FranceRules.DECLARATION_MISSING,
              account.id(),
              List.of(i.beneficiary().id(), i.transfer().id()),
              FranceCode.DECLARATION_MISSING,
              Arg.of(i.kind().get()),
              Arg.of(i.eur()),
              Arg.of(i.transfer().date()),
              i.who(),
              Arg.of(DECLARATION_ROUTE)));
    }
    return findings;
  }

  /**
   * A fee without its hours or half-days: whether it is within the thresholds cannot be told, and
   * {@code france.lea.fee-duration-missing} asks for them first.
   */
  private static boolean isUnjudgedFee(FrenchTransfer i) {
    return i.is(FrenchKind.FEE) && i.hours().isEmpty() && i.halfDays().isEmpty();
  }
}
