package dev.kamkit.rules.maturity;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.InitiativeStatus;
import dev.kamkit.model.plan.JointBusinessPlan;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The business facts the Cranfield ladder reads besides contacts: whether the two sides trade at
 * all, and how far joint work has gone (joint business plan, shared-value initiatives, value-based
 * or service agreements).
 */
final class LadderEvidence {
  private final KeyAccount account;
  private final LocalDate asOf;

  LadderEvidence(KeyAccount account, LocalDate asOf) {
    this.account = account;
    this.asOf = asOf;
  }

  /**
   * What shows the two sides trade, each a {@code MaturityCode.TRADING_*} message; empty when
   * nothing does.
   */
  List<Message> trading() {
    Set<ProductId> ours =
        account.products().stream()
            .filter(p -> !p.competitor())
            .map(Product::id)
            .collect(Collectors.toSet());
    List<Message> shows = new ArrayList<>();
    long contracts =
        account.account().profile().contracts().stream()
            .filter(c -> DisintegrationSignals.trading(c) && c.isInForce(asOf))
            .count();
    if (contracts > 0) {
      shows.add(Message.of(MaturityCode.TRADING_CONTRACTS, Arg.of(contracts)));
    }
    long sold =
        account.whitespace().stream()
            .filter(c -> c.status() == WhitespaceStatus.SOLD && ours.contains(c.product()))
            .count();
    if (sold > 0) {
      shows.add(Message.of(MaturityCode.TRADING_WHITESPACE_SOLD, Arg.of(sold)));
    }
    long listed =
        ours.stream()
            .filter(
                p ->
                    account.formularyStatus(p, asOf).filter(e -> e.status().isListed()).isPresent())
            .count();
    if (listed > 0) {
      shows.add(Message.of(MaturityCode.TRADING_LISTED, Arg.of(listed)));
    }
    boolean bought =
        account.account().profile().annualVolumes().stream()
            .filter(v -> v.fiscalYear() >= asOf.getYear() - 1)
            .anyMatch(LadderEvidence::positive);
    if (bought) {
      shows.add(Message.of(MaturityCode.TRADING_VOLUME));
    }
    return shows;
  }

  private static boolean positive(AnnualVolume v) {
    return v.units().map(u -> u.signum() > 0).orElse(false)
        || v.netRevenue().map(m -> m.isPositive()).orElse(false);
  }

  Optional<JointBusinessPlan> jointPlan() {
    return account.plan().flatMap(AccountPlan::jointBusinessPlan);
  }

  boolean jointPlanAgreed() {
    return jointPlan()
        .flatMap(JointBusinessPlan::agreedOn)
        .filter(d -> !d.isAfter(asOf))
        .isPresent();
  }

  /** Initiatives agreed or launched (not proposed, not stopped). */
  List<SharedValueInitiative> committedInitiatives() {
    return initiatives().stream()
        .filter(i -> i.status() == InitiativeStatus.AGREED || i.status().isLaunched())
        .toList();
  }

  /** Launched initiatives with people from both sides on them: joint teams. */
  List<SharedValueInitiative> jointTeams() {
    return initiatives().stream()
        .filter(i -> i.status().isLaunched())
        .filter(i -> !i.stakeholders().isEmpty() && !i.teamMembers().isEmpty())
        .toList();
  }

  /** Value-based or service agreements in force: commitments beyond price and product. */
  List<Contract> valueAgreements() {
    return account.account().profile().contracts().stream()
        .filter(c -> DisintegrationSignals.trading(c) && c.isInForce(asOf))
        .filter(c -> c.kind() == ContractKind.VALUE_BASED || c.kind() == ContractKind.SERVICE)
        .toList();
  }

  private List<SharedValueInitiative> initiatives() {
    return account
        .plan()
        .<List<SharedValueInitiative>>map(AccountPlan::sharedValueInitiatives)
        .orElse(List.of());
  }
}
