package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Vermont (18 V.S.A. §§4631a, 4632, verified): most gifts are banned; allowable expenditures,
 * permitted gifts and samples (coupons and vouchers included) of a calendar year are disclosed by 1
 * April of the next; the manufacturer registers by 1 January. Which gifts are permitted is not in
 * REGULATORY.md, so a gift or entertainment is banned unless the host records the exception it
 * relies on ({@link StatesAttributes#VT_PERMITTED_GIFT}) or marks it a sample ({@link
 * StatesAttributes#VT_SAMPLE}).
 */
public final class Vermont {
  private Vermont() {}

  /** The natures banned as gifts unless marked permitted or a sample. */
  public static final Set<NatureOfPayment> GIFT_NATURES =
      Set.of(NatureOfPayment.GIFT, NatureOfPayment.ENTERTAINMENT);

  private enum Category {
    BANNED("banned gifts (see states.vt.gift-ban)"),
    SAMPLE("samples, coupons and vouchers"),
    PERMITTED_GIFT("permitted gifts"),
    ALLOWABLE_EXPENDITURE("allowable expenditures");

    private final String label;

    Category(String label) {
      this.label = label;
    }
  }

  private static Category category(StateShare s) {
    if (s.facts().vtSample()) {
      return Category.SAMPLE;
    }
    if (!GIFT_NATURES.contains(s.transfer().nature())) {
      return Category.ALLOWABLE_EXPENDITURE;
    }
    return s.facts().vtPermittedGift().isPresent() ? Category.PERMITTED_GIFT : Category.BANNED;
  }

  static List<Finding> of(
      KeyAccount account, List<StateShare> shares, UsStatesPolicy policy, LocalDate asOf) {
    List<Finding> out = new ArrayList<>();
    for (ByTransfer gift :
        ByTransfer.group(shares.stream().filter(s -> category(s) == Category.BANNED))) {
      out.add(
          Finding.of(
              UsStatesRules.VT_GIFT_BAN,
              account.id(),
              gift.subjects(),
              gift.first().line()
                  + " went to Vermont healthcare professional(s) "
                  + gift.who()
                  + ". Vermont bans most gifts; record the permitted exception relied on in "
                  + StatesAttributes.VT_PERMITTED_GIFT
                  + ", or mark a sample, coupon or voucher with "
                  + StatesAttributes.VT_SAMPLE
                  + "."));
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
    String summary =
        List.of(Category.values()).stream()
            .map(c -> tally(c, shares))
            .collect(Collectors.joining("; "));
    out.add(
        Finding.of(
            UsStatesRules.VT_DISCLOSURE,
            account.id(),
            ids,
            "Vermont disclosure for "
                + year
                + ", due by "
                + due
                + (filed ? " (recorded as filed)" : "")
                + ": "
                + summary
                + "."));
    if (!filed && asOf.isAfter(due)) {
      out.add(
          Finding.of(
              UsStatesRules.VT_DISCLOSURE_OVERDUE,
              account.id(),
              ids,
              "The Vermont disclosure for "
                  + year
                  + " was due by "
                  + due
                  + " and is not recorded as filed; it covers "
                  + ids.size()
                  + " transfer(s). Record the filing with"
                  + " UsStatesPolicy.builder().addVermontDisclosuresFiled("
                  + year
                  + ")."));
    }
    if (!policy.vermontRegistrations().contains(year)) {
      out.add(
          Finding.of(
              UsStatesRules.VT_REGISTRATION_MISSING,
              account.id(),
              ids,
              "No Vermont registration is recorded for "
                  + year
                  + " (due by "
                  + StateLimits.VT_REGISTRATION_DUE.atYear(year)
                  + "), yet "
                  + ids.size()
                  + " transfer(s) went to Vermont healthcare professionals that year. Record it"
                  + " with UsStatesPolicy.builder().addVermontRegistrations("
                  + year
                  + ")."));
    }
  }

  private static String tally(Category c, List<StateShare> shares) {
    List<StateShare> in = shares.stream().filter(s -> category(s) == c).toList();
    Money total = Dollars.sum(in.stream().map(StateShare::usd).toList());
    boolean incomplete = in.stream().anyMatch(s -> s.usd().isEmpty());
    return c.label
        + " "
        + in.size()
        + " ("
        + Dollars.show(total)
        + (incomplete ? ", some without a USD value" : "")
        + ")";
  }
}
