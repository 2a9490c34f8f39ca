package dev.kamkit.scoring.health;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.KamId;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Contract value in force on the scoring day against the value in force when the look-back window
 * opened (seed 000 names contract value among the lagging indicators). On the scoring day a
 * contract is in force when it is signed or active and the day falls in its term; on the earlier
 * day an ended contract counts too, since it may have ended since. Values in other currencies than
 * the policy's, and contracts in force without a value, add nothing and are named in a reason;
 * without any value in that currency the indicator does not apply.
 */
final class ContractValue {
  private static final Set<ContractStatus> IN_FORCE =
      Set.of(ContractStatus.SIGNED, ContractStatus.ACTIVE);
  private static final Set<ContractStatus> WAS_IN_FORCE =
      Set.of(ContractStatus.SIGNED, ContractStatus.ACTIVE, ContractStatus.ENDED);

  private final KeyAccount account;
  private final HealthPolicy policy;
  private final Window window;

  ContractValue(KeyAccount account, HealthPolicy policy, Window window) {
    this.account = account;
    this.policy = policy;
    this.window = window;
  }

  Measure measure() {
    String currency = policy.reportingCurrency().getCurrencyCode();
    List<Contract> valued =
        account.account().profile().contracts().stream()
            .filter(c -> c.value().isPresent())
            .sorted(Comparator.comparing(Contract::id))
            .toList();
    List<Contract> foreign =
        valued.stream()
            .filter(c -> !c.value().orElseThrow().currency().equals(policy.reportingCurrency()))
            .toList();
    List<Contract> usable = valued.stream().filter(c -> !foreign.contains(c)).toList();
    List<Reason> reasons = new ArrayList<>();
    if (!foreign.isEmpty()) {
      reasons.add(
          Reason.of(
              "health.contract-value.other-currency",
              Effect.GAP,
              "Left out, never converted: "
                  + Texts.and(
                      foreign.stream()
                          .map(c -> c.name() + " (" + c.value().orElseThrow() + ")")
                          .toList())
                  + " "
                  + (foreign.size() == 1 ? "is" : "are")
                  + " not in "
                  + currency,
              ids(foreign)));
    }
    if (usable.isEmpty()) {
      reasons.add(
          0,
          Reason.of(
              "health.contract-value.no-data",
              Effect.GAP,
              "No contract value in "
                  + currency
                  + " is recorded: record contracts with their values"
                  + " to measure contract value",
              List.of(account.id())));
      return Measure.notApplicable(HealthIndicator.CONTRACT_VALUE, reasons);
    }
    LocalDate then = window.start();
    List<Contract> unvalued =
        account.account().profile().contracts().stream()
            .filter(c -> c.value().isEmpty())
            .filter(c -> inForce(c, window.end(), IN_FORCE) || inForce(c, then, WAS_IN_FORCE))
            .sorted(Comparator.comparing(Contract::id))
            .toList();
    if (!unvalued.isEmpty()) {
      reasons.add(
          Reason.of(
              "health.contract-value.unvalued",
              Effect.GAP,
              "No value is recorded for "
                  + Texts.and(unvalued.stream().map(Contract::name).toList())
                  + ", so "
                  + (unvalued.size() == 1 ? "it adds" : "they add")
                  + " nothing",
              ids(unvalued)));
    }
    List<Contract> now = usable.stream().filter(c -> inForce(c, window.end(), IN_FORCE)).toList();
    List<Contract> before = usable.stream().filter(c -> inForce(c, then, WAS_IN_FORCE)).toList();
    BigDecimal n = sum(now);
    BigDecimal b = sum(before);
    List<Contract> both = new ArrayList<>(now);
    before.stream().filter(c -> !now.contains(c)).forEach(both::add);
    Measure trend =
        Trend.measure(
            HealthIndicator.CONTRACT_VALUE,
            "health.contract-value",
            policy.contractValueBand(),
            n,
            b,
            "Contract value in force",
            money(n)
                + " on "
                + window.end()
                + described(now)
                + " against "
                + money(b)
                + " on "
                + then
                + described(before),
            ids(both));
    reasons.addAll(0, trend.reasons());
    return Measure.of(HealthIndicator.CONTRACT_VALUE, trend.fulfilment(), 0, reasons);
  }

  private static boolean inForce(Contract c, LocalDate day, Set<ContractStatus> statuses) {
    return statuses.contains(c.status()) && c.isInForce(day);
  }

  private String money(BigDecimal amount) {
    return Money.of(amount, policy.reportingCurrency()).toString();
  }

  private static BigDecimal sum(List<Contract> contracts) {
    return contracts.stream()
        .map(c -> c.value().orElseThrow().amount())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static String described(List<Contract> contracts) {
    return contracts.isEmpty()
        ? ""
        : " (" + Texts.and(contracts.stream().map(Contract::name).toList()) + ")";
  }

  private static List<KamId> ids(List<Contract> contracts) {
    return contracts.stream().map(Contract::id).sorted().map(KamId.class::cast).toList();
  }
}
