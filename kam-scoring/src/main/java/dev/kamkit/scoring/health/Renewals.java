package dev.kamkit.scoring.health;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.WeightedScore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Contract renewal (Prolifiq, "Healthcare Key Account Management: A Practical Guide": contract
 * renewal rate is a lagging indicator; a contract that renews and expands signals a genuine
 * relationship). The contracts due are those that were ever in force (signed, active or ended) and
 * end between the start of the look-back window and the end of the notice period after the scoring
 * day. A due contract is renewed when another contract that was ever in force starts after it, ends
 * after it and covers it: the same products or more, or, for a contract that names no products, one
 * of the same kind that names none either. A due contract without a successor is a risk that holds
 * the colour at amber or worse: lapsed if it has already ended, unrenewed if it ends on or after
 * the scoring day.
 */
final class Renewals {
  /** The codes of a due contract without a successor; the colour rules look for them. */
  static final Set<HealthCode> UNRENEWED =
      EnumSet.of(
          HealthCode.RENEWAL_LAPSED,
          HealthCode.RENEWAL_LAPSED_PENDING,
          HealthCode.RENEWAL_UNRENEWED,
          HealthCode.RENEWAL_UNRENEWED_PENDING);

  private static final Set<ContractStatus> SIGNED =
      Set.of(ContractStatus.SIGNED, ContractStatus.ACTIVE, ContractStatus.ENDED);
  private static final Set<ContractStatus> PENDING =
      Set.of(ContractStatus.DRAFT, ContractStatus.IN_APPROVAL);

  private final KeyAccount account;
  private final HealthPolicy policy;
  private final Window window;

  Renewals(KeyAccount account, HealthPolicy policy, Window window) {
    this.account = account;
    this.policy = policy;
    this.window = window;
  }

  Measure measure() {
    List<Contract> contracts =
        account.account().profile().contracts().stream()
            .sorted(Comparator.comparing(Contract::end).thenComparing(Contract::id))
            .toList();
    if (contracts.isEmpty()) {
      return Measure.notApplicable(
          HealthIndicator.RENEWAL,
          List.of(Reason.of(HealthCode.RENEWAL_NO_DATA, Effect.GAP, List.of(account.id()))));
    }
    LocalDate asOf = window.end();
    LocalDate horizon = asOf.plusDays(policy.renewalNoticeDays());
    List<Contract> due =
        contracts.stream()
            .filter(c -> SIGNED.contains(c.status()))
            .filter(c -> !c.end().isBefore(window.start()) && !c.end().isAfter(horizon))
            .toList();
    if (due.isEmpty()) {
      return Measure.of(
          HealthIndicator.RENEWAL,
          BigDecimal.ONE,
          0,
          List.of(
              Reason.of(
                  HealthCode.RENEWAL_NONE_DUE,
                  Effect.STRENGTH,
                  List.of(account.id()),
                  window.daysArg(),
                  window.endArg(),
                  Arg.of(horizon))));
    }
    List<Reason> reasons = new ArrayList<>();
    int renewed = 0;
    for (Contract c : due) {
      Optional<Contract> successor = successor(c, contracts, SIGNED);
      if (successor.isPresent()) {
        renewed++;
        reasons.add(
            Reason.of(
                HealthCode.RENEWAL_RENEWED,
                Effect.STRENGTH,
                List.of(c.id(), successor.get().id()),
                ref(c),
                Arg.of(c.end()),
                ref(successor.get())));
        continue;
      }
      Optional<Contract> pending = successor(c, contracts, PENDING);
      List<Arg> args = new ArrayList<>(List.of(ref(c), Arg.of(c.end())));
      HealthCode code;
      if (c.end().isBefore(asOf)) {
        code = pending.isPresent() ? HealthCode.RENEWAL_LAPSED_PENDING : HealthCode.RENEWAL_LAPSED;
      } else {
        code =
            pending.isPresent()
                ? HealthCode.RENEWAL_UNRENEWED_PENDING
                : HealthCode.RENEWAL_UNRENEWED;
        args.add(Arg.of(ChronoUnit.DAYS.between(asOf, c.end())));
      }
      pending.ifPresent(
          p -> {
            args.add(ref(p));
            args.add(Arg.of(p.status()));
          });
      reasons.add(Reason.of(new Message(code, args), Effect.RISK, List.of(c.id())));
    }
    return Measure.of(
        HealthIndicator.RENEWAL, WeightedScore.ratio(renewed, due.size()), 0, reasons);
  }

  private static Arg ref(Contract c) {
    return Arg.of(c.id(), c.name());
  }

  /** The first contract with one of {@code statuses} that succeeds {@code c}, by end then id. */
  private static Optional<Contract> successor(
      Contract c, List<Contract> contracts, Set<ContractStatus> statuses) {
    return contracts.stream()
        .filter(s -> !s.id().equals(c.id()) && statuses.contains(s.status()))
        .filter(s -> s.start().isAfter(c.start()) && s.end().isAfter(c.end()))
        .filter(s -> covers(s, c))
        .findFirst();
  }

  private static boolean covers(Contract successor, Contract c) {
    if (successor.products().isEmpty()) {
      return successor.kind() == c.kind();
    }
    return !c.products().isEmpty() && successor.products().containsAll(c.products());
  }
}
