package dev.kamkit.scoring.health;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
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
 * opened (Prolifiq, "Pharma Key Account Management" names contract value among the lagging
 * indicators). On the scoring day a contract is in force when it is signed or active and the day
 * falls in its term; on the earlier day an ended contract counts too, since it may have ended
 * since. Values in other currencies than the policy's, and contracts in force without a value, add
 * nothing and are named in a reason; without any value in that currency the indicator does not
 * apply.
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
    Arg currency = Arg.text(policy.reportingCurrency().getCurrencyCode());
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
              HealthCode.CONTRACT_VALUE_OTHER_CURRENCY,
              Effect.GAP,
              ids(foreign),
              Arg.of(foreign.size()),
              Arg.list(
                  foreign,
                  c ->
                      Arg.of(
                          Message.of(
                              HealthCode.CONTRACT_VALUED,
                              ref(c),
                              Arg.of(c.value().orElseThrow())))),
              currency));
    }
    if (usable.isEmpty()) {
      reasons.add(
          0,
          Reason.of(
              HealthCode.CONTRACT_VALUE_NO_DATA, Effect.GAP, List.of(account.id()), currency));
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
              HealthCode.CONTRACT_VALUE_UNVALUED,
              Effect.GAP,
              ids(unvalued),
              Arg.of(unvalued.size()),
              Arg.list(unvalued, ContractValue::ref)));
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
            Trend.CONTRACT_VALUE,
            policy.contractValueBand(),
            n,
            b,
            List.of(inForce(n, window.end(), now), inForce(b, then, before)),
            ids(both));
    reasons.addAll(0, trend.reasons());
    return Measure.of(HealthIndicator.CONTRACT_VALUE, trend.fulfilment(), 0, reasons);
  }

  /** The value in force on {@code day}, and the contracts making it up. */
  private Arg inForce(BigDecimal amount, LocalDate day, List<Contract> contracts) {
    Arg value = Arg.of(Money.of(amount, policy.reportingCurrency()));
    return Arg.of(
        contracts.isEmpty()
            ? Message.of(HealthCode.CONTRACT_VALUE_IN_FORCE_NONE, value, Arg.of(day))
            : Message.of(
                HealthCode.CONTRACT_VALUE_IN_FORCE,
                value,
                Arg.of(day),
                Arg.list(contracts, ContractValue::ref)));
  }

  private static Arg ref(Contract c) {
    return Arg.of(c.id(), c.name());
  }

  private static boolean inForce(Contract c, LocalDate day, Set<ContractStatus> statuses) {
    return statuses.contains(c.status()) && c.isInForce(day);
  }

  private static BigDecimal sum(List<Contract> contracts) {
    return contracts.stream()
        .map(c -> c.value().orElseThrow().amount())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static List<KamId> ids(List<Contract> contracts) {
    return contracts.stream().map(Contract::id).sorted().map(KamId.class::cast).toList();
  }
}
