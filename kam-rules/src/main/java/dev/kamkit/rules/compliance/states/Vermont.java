package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Vermont (18 V.S.A. §§4631a, 4632; Vermont Attorney General): most gifts are banned; allowable
 * expenditures, permitted gifts and samples (coupons and vouchers included) of a calendar year are
 * disclosed by 1 April of the next; the manufacturer registers by 1 January. Which gifts are
 * permitted is not itemised in the sources kamkit checked, so a gift or entertainment is banned
 * unless the host records the exception it relies on ({@link UsStatesFacts#VT_PERMITTED_GIFT}) or
 * marks it a sample ({@link UsStatesFacts#VT_SAMPLE}).
 */
public final class Vermont {
  private Vermont() {}

  /** The natures banned as gifts unless marked permitted or a sample. */
  public static final Set<NatureOfPayment> GIFT_NATURES =
      Set.of(NatureOfPayment.GIFT, NatureOfPayment.ENTERTAINMENT);

  private static VermontCategory category(StateShare s) {
    if (s.facts().vtSample()) {
      return VermontCategory.SAMPLE;
    }
    if (!GIFT_NATURES.contains(s.transfer().nature())) {
      return VermontCategory.ALLOWABLE_EXPENDITURE;
    }
    return s.facts().vtPermittedGift().isPresent()
        ? VermontCategory.PERMITTED_GIFT
        : VermontCategory.BANNED;
  }

  static List<Finding> of(
      KeyAccount account, List<StateShare> shares, UsStatesPolicy policy, LocalDate asOf) {
    List<Finding> out = new ArrayList<>();
    for (ByTransfer gift :
        ByTransfer.group(shares.stream().filter(s -> category(s) == VermontCategory.BANNED))) {
      out.add(
          Finding.of(
              UsStatesRules.VT_GIFT_BAN,
              account.id(),
              gift.subjects(),
              UsStatesCode.VT_GIFT_BAN,
              ByTransfer.concat(new Arg[] {gift.first().line()}, gift.who())));
    }
    Map<Integer, List<StateShare>> byYear =
        shares.stream()
            .collect(Collectors.groupingBy(StateShare::year, TreeMap::new, Collectors.toList()));
    byYear.forEach((year, ofYear) -> year(account, year, ofYear, policy, asOf, out));
    return out;
  }

  private static void year(
      KeyAccount account,
      int year,
      List<StateShare> shares,
      UsStatesPolicy policy,
      LocalDate asOf,
      List<Finding> out) {
    List<TransferOfValueId> ids =
        List.copyOf(
            shares.stream()
                .map(s -> s.transfer().id())
                .collect(Collectors.toCollection(TreeSet::new)));
    LocalDate due = StateLimits.vtDisclosureDue(year);
    boolean filed = policy.vermontDisclosuresFiled().contains(year);
    Arg tallies = Arg.list(Arrays.asList(VermontCategory.values()), c -> Arg.of(tally(c, shares)));
    out.add(
        Finding.of(
            UsStatesRules.VT_DISCLOSURE,
            account.id(),
            ids,
            filed ? UsStatesCode.VT_DISCLOSURE_FILED : UsStatesCode.VT_DISCLOSURE,
            Arg.year(year),
            Arg.of(due),
            tallies));
    if (!filed && asOf.isAfter(due)) {
      out.add(
          Finding.of(
              UsStatesRules.VT_DISCLOSURE_OVERDUE,
              account.id(),
              ids,
              UsStatesCode.VT_DISCLOSURE_OVERDUE,
              Arg.year(year),
              Arg.of(due),
              Arg.of(ids.size())));
    }
    if (!policy.vermontRegistrations().contains(year)) {
      out.add(
          Finding.of(
              UsStatesRules.VT_REGISTRATION_MISSING,
              account.id(),
              ids,
              UsStatesCode.VT_REGISTRATION_MISSING,
              Arg.year(year),
              Arg.of(StateLimits.VT_REGISTRATION_DUE.atYear(year)),
              Arg.of(ids.size())));
    }
  }

  private static Message tally(VermontCategory c, List<StateShare> shares) {
    List<StateShare> in = shares.stream().filter(s -> category(s) == c).toList();
    Money total = Dollars.sum(in.stream().map(StateShare::usd).toList());
    boolean incomplete = in.stream().anyMatch(s -> s.usd().isEmpty());
    return Message.of(
        incomplete ? UsStatesCode.VT_TALLY_INCOMPLETE : UsStatesCode.VT_TALLY,
        Arg.of(c),
        Arg.of(in.size()),
        Arg.of(total));
  }
}
