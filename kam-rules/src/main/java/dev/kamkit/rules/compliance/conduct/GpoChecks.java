package dev.kamkit.rules.compliance.conduct;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.rules.compliance.Finding;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * GPO administrative fees (42 CFR 1001.952(j)): at most 3 % of the purchase price, or the agreement
 * states the amount or maximum. Rejected contracts are skipped; drafts are judged, so that a fee
 * term can be fixed before signature.
 */
final class GpoChecks {
  private GpoChecks() {}

  /** The safe harbor's limit, in per cent of the purchase price. */
  static final BigDecimal FEE_LIMIT_PERCENT = new BigDecimal("3");

  static void check(KeyAccount account, List<Finding> out) {
    List<Contract> gpo =
        account.account().profile().contracts().stream()
            .filter(c -> c.kind() == ContractKind.GPO && c.status() != ContractStatus.REJECTED)
            .sorted(Comparator.comparing(c -> c.id().value()))
            .toList();
    for (Contract c : gpo) {
      if (c.administrativeFeeAmount().isPresent()) {
        continue; // a stated amount or maximum meets the safe harbor at any percentage
      }
      Arg contract = Arg.of(c.id(), c.name());
      Arg status = Arg.of(c.status());
      if (c.administrativeFeePercent().isEmpty()) {
        out.add(
            Finding.of(
                ConductRules.GPO_FEE_TERMS_MISSING,
                account.id(),
                List.of(c.id()),
                ConductCode.GPO_FEE_TERMS_MISSING,
                contract,
                status));
      } else if (c.administrativeFeePercent().get().compareTo(FEE_LIMIT_PERCENT) > 0) {
        out.add(
            Finding.of(
                ConductRules.GPO_FEE_ABOVE_LIMIT,
                account.id(),
                List.of(c.id()),
                ConductCode.GPO_FEE_ABOVE_LIMIT,
                contract,
                status,
                Arg.of(c.administrativeFeePercent().get()),
                Arg.of(FEE_LIMIT_PERCENT)));
      }
    }
  }
}
