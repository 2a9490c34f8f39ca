package dev.kamkit.rules.compliance.states;

import static dev.kamkit.rules.compliance.states.StatesFixture.attribute;
import static dev.kamkit.rules.compliance.states.StatesFixture.check;
import static dev.kamkit.rules.compliance.states.StatesFixture.nature;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.rules.compliance.openpayments.UsdRate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of Vermont's gift ban, disclosure and registration (18 V.S.A. §§4631a, 4632). */
class VermontTest {
  private static final String BAN = "states.vt.gift-ban";
  private static final String DISCLOSURE = "states.vt.disclosure";
  private static final String OVERDUE = "states.vt.disclosure-overdue";
  private static final String REGISTRATION = "states.vt.registration-missing";
  private static final String SOURCE = "(18 V.S.A. §§4631a, 4632 (Vermont Attorney General))";

  private static final UsStatesPolicy REGISTERED =
      UsStatesPolicy.builder().addVermontRegistrations(2024, 2025).build();

  @Test
  void giftsAndEntertainmentAreBannedUnlessPermittedOrASample() {
    StatesFixture gifts =
        StatesFixture.in("VT")
            .physician("a")
            .physician("b")
            .pay("g1", "a", "2025-02-01", "5.00", nature(NatureOfPayment.GIFT))
            .transfer(
                StatesFixture.tov("e1", "2025-02-02", "80.00 USD")
                    .nature(NatureOfPayment.ENTERTAINMENT)
                    .addAttendees(StakeholderId.of("a"), StakeholderId.of("b"))
                    .headcount(4))
            .pay(
                "g2",
                "a",
                "2025-02-03",
                "5.00",
                t ->
                    t.nature(NatureOfPayment.GIFT)
                        .putAttribute(
                            StatesAttributes.VT_PERMITTED_GIFT,
                            AttributeValue.text("peer-reviewed journal")))
            .pay(
                "g3",
                "a",
                "2025-02-04",
                "5.00",
                t ->
                    t.nature(NatureOfPayment.GIFT)
                        .putAttribute(StatesAttributes.VT_SAMPLE, AttributeValue.flag(true)))
            .pay("f1", "a", "2025-02-05", "25.00");
    assertEquals(
        List.of(
            "ERROR states.vt.gift-ban [g1, a]: g1 Gift $5.00 on 2025-02-01 went to Vermont"
                + " healthcare professional(s) Dr a [a]. Vermont bans most gifts; record the"
                + " permitted exception relied on in states.vt.permittedGift, or mark a sample,"
                + " coupon or voucher with states.vt.sample. "
                + SOURCE,
            "ERROR states.vt.gift-ban [e1, a, b]: e1 Entertainment $20.00 on 2025-02-02 went to"
                + " Vermont healthcare professional(s) Dr a [a], Dr b [b]. Vermont bans most gifts;"
                + " record the permitted exception relied on in states.vt.permittedGift, or mark a"
                + " sample, coupon or voucher with states.vt.sample. "
                + SOURCE),
        check(gifts.build(), "2025-12-31", BAN));
    assertEquals(
        List.of(
            "INFO states.vt.disclosure [e1, f1, g1, g2, g3]: Vermont disclosure for 2025, due by"
                + " 2026-04-01: banned gifts (see states.vt.gift-ban) 3 ($45.00); samples, coupons"
                + " and vouchers 1 ($5.00); permitted gifts 1 ($5.00); allowable expenditures 1"
                + " ($25.00). "
                + SOURCE),
        check(REGISTERED, gifts.build(), "2025-12-31", DISCLOSURE));
  }

  @Test
  void aSampleOfAnyNatureIsASample() {
    StatesFixture sample =
        StatesFixture.in("VT")
            .physician("a")
            .pay(
                "s1",
                "a",
                "2025-02-01",
                "12.00",
                attribute(StatesAttributes.VT_SAMPLE, AttributeValue.flag(true)))
            .pay(
                "s2",
                "a",
                "2025-02-01",
                "12.00",
                attribute(StatesAttributes.VT_SAMPLE, AttributeValue.flag(false)));
    String found = check(sample.build(), "2025-12-31", DISCLOSURE).get(0);
    assertEquals(
        true,
        found.contains(
            "samples, coupons and vouchers 1 ($12.00); permitted gifts 0 ($0.00);"
                + " allowable expenditures 1 ($12.00)"),
        found);
  }

  @Test
  void theDisclosureIsDueBy1AprilOfTheNextYear() {
    StatesFixture one = StatesFixture.in("VT").physician("a").pay("f1", "a", "2024-06-01", "25.00");
    assertEquals(List.of(), check(REGISTERED, one.build(), "2025-04-01", OVERDUE));
    assertEquals(
        List.of(
            "ERROR states.vt.disclosure-overdue [f1]: The Vermont disclosure for 2024 was due by"
                + " 2025-04-01 and is not recorded as filed; it covers 1 transfer(s). Record the"
                + " filing with UsStatesPolicy.builder().addVermontDisclosuresFiled(2024). "
                + SOURCE),
        check(REGISTERED, one.build(), "2025-04-02", OVERDUE));
    UsStatesPolicy filed =
        UsStatesPolicy.builder().from(REGISTERED).addVermontDisclosuresFiled(2024).build();
    assertEquals(List.of(), check(filed, one.build(), "2025-04-02", OVERDUE));
    assertEquals(
        true,
        check(filed, one.build(), "2025-04-02", DISCLOSURE)
            .get(0)
            .contains("Vermont disclosure for 2024, due by 2025-04-01 (recorded as filed): "));
  }

  @Test
  void eachYearWithVermontTransfersNeedsARegistration() {
    StatesFixture years =
        StatesFixture.in("VT")
            .physician("a")
            .pay("f1", "a", "2023-12-31", "25.00")
            .pay("f2", "a", "2024-01-01", "25.00")
            .pay("f3", "a", "2026-01-01", "25.00");
    assertEquals(
        List.of(
            "ERROR states.vt.registration-missing [f1]: No Vermont registration is recorded for"
                + " 2023 (due by 2023-01-01), yet 1 transfer(s) went to Vermont healthcare"
                + " professionals that year. Record it with"
                + " UsStatesPolicy.builder().addVermontRegistrations(2023). "
                + SOURCE,
            "ERROR states.vt.registration-missing [f3]: No Vermont registration is recorded for"
                + " 2026 (due by 2026-01-01), yet 1 transfer(s) went to Vermont healthcare"
                + " professionals that year. Record it with"
                + " UsStatesPolicy.builder().addVermontRegistrations(2026). "
                + SOURCE),
        check(REGISTERED, years.build(), "2026-12-31", REGISTRATION));
    assertEquals(3, check(years.build(), "2026-12-31", DISCLOSURE).size());
  }

  @Test
  void amountsWithoutARateAreCountedButNotValued() {
    StatesFixture euros =
        StatesFixture.in("VT")
            .physician("a")
            .transfer(
                StatesFixture.tov("f1", "2025-03-01", "20.00 EUR").recipient(StakeholderId.of("a")))
            .pay("f2", "a", "2025-03-02", "5.00");
    assertEquals(
        true,
        check(euros.build(), "2025-12-31", DISCLOSURE)
            .get(0)
            .contains("allowable expenditures 2 ($5.00, some without a USD value)"));
    UsStatesPolicy rated =
        UsStatesPolicy.builder()
            .addUsdRate(UsdRate.of("EUR", LocalDate.of(2025, 1, 1), "1.10"))
            .build();
    assertEquals(
        true,
        check(rated, euros.build(), "2025-12-31", DISCLOSURE)
            .get(0)
            .contains("allowable expenditures 2 ($27.00)."));
  }
}
