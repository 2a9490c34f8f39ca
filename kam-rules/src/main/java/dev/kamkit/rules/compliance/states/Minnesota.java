package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Minnesota's gift limit (Minn. Stat. §151.461, verified): gifts to a practitioner may total at
 * most $50 combined per calendar year. The total is over every transfer of the year up to {@code
 * asOf} whose nature is in {@link #GIFT_NATURES} and that the host has not marked with an exception
 * ({@link UsStatesFacts#MN_EXCEPTION}); $50.00 is within the limit, $50.01 is not.
 */
public final class Minnesota {
  private Minnesota() {}

  /**
   * The natures that count as gifts: things of value given with no service in return. Payments for
   * services (consulting, speaking, honoraria), royalties, ownership, acquisitions, grants,
   * charitable contributions, space rental and device loans do not count: the statute's listed
   * exceptions cover compensation for services, and the rest are not gifts to a practitioner.
   */
  public static final Set<NatureOfPayment> GIFT_NATURES =
      Set.of(
          NatureOfPayment.GIFT,
          NatureOfPayment.ENTERTAINMENT,
          NatureOfPayment.FOOD_AND_BEVERAGE,
          NatureOfPayment.TRAVEL_AND_LODGING,
          NatureOfPayment.EDUCATION,
          NatureOfPayment.DEBT_FORGIVENESS);

  static List<Finding> of(KeyAccount account, List<StateShare> shares, LocalDate asOf) {
    List<Finding> out = new ArrayList<>();
    List<StateShare> gifts =
        shares.stream().filter(s -> GIFT_NATURES.contains(s.transfer().nature())).toList();
    PersonYear.group(gifts)
        .forEach(
            (key, yearGifts) -> {
              List<StateShare> counted =
                  yearGifts.stream().filter(s -> s.facts().mnException().isEmpty()).toList();
              Money total = Dollars.sum(counted.stream().map(StateShare::usd).toList());
              if (!total.isGreaterThan(StateLimits.MN_GIFT_LIMIT)) {
                return;
              }
              List<KamId> subjects = new ArrayList<>();
              subjects.add(key.person());
              counted.forEach(s -> subjects.add(s.transferId()));
              out.add(
                  Finding.of(
                      UsStatesRules.MN_GIFT_LIMIT,
                      account.id(),
                      subjects,
                      message(key.year(), yearGifts, counted, total, asOf)));
            });
    return out;
  }

  private static Message message(
      int year, List<StateShare> all, List<StateShare> counted, Money total, LocalDate asOf) {
    List<StateShare> excepted =
        all.stream().filter(s -> s.facts().mnException().isPresent()).toList();
    return Message.of(
        asOf.isBefore(LocalDate.of(year, 12, 31))
            ? UsStatesCode.MN_GIFT_LIMIT_SO_FAR
            : UsStatesCode.MN_GIFT_LIMIT,
        counted.get(0).who(),
        Arg.of(total),
        Arg.year(year),
        Arg.of(StateLimits.MN_GIFT_LIMIT),
        StateShare.lines(counted),
        Arg.of(counted.stream().filter(s -> s.usd().isEmpty()).count()),
        Arg.of(excepted.size()),
        Arg.list(
            excepted,
            s ->
                Arg.of(
                    Message.of(
                        UsStatesCode.MN_EXCEPTION,
                        Arg.of(s.transferId()),
                        Arg.text(s.facts().mnException().get())))));
  }
}
