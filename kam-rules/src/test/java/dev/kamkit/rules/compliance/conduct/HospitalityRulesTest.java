package dev.kamkit.rules.compliance.conduct;

import static dev.kamkit.rules.compliance.conduct.ConductFixture.TO_HALE;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.account;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.args;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.check;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.message;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.messages;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.paid;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.pay;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.ItemKind;
import dev.kamkit.model.engagement.MealSetting;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
import dev.kamkit.rules.compliance.openpayments.UsdRate;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Meals, entertainment and items: PhRMA Code sections 2, 3, 10 and 11. */
class HospitalityRulesTest {
  private static final String GRAB_AND_GO = "conduct.meal.grab-and-go";
  private static final String ENTERTAINMENT = "conduct.hospitality.entertainment";
  private static final String NON_EDUCATIONAL = "conduct.item.non-educational";
  private static final String OVER_LIMIT = "conduct.item.educational-over-limit";
  private static final String NO_RATE = "conduct.item.no-usd-rate";

  private static List<Finding> of(TransferOfValue... transfers) {
    return check(account().addTransfersOfValue(transfers).build());
  }

  private static List<Finding> of(ConductPolicy policy, TransferOfValue... transfers) {
    return ConductFixture.check(policy, account().addTransfersOfValue(transfers).build());
  }

  /** An educational item of {@code amount} to Dr. Hale, worth $100.01, over the $100 limit. */
  private static Message overLimit(String amount) {
    return message(
        ConductCode.EDUCATIONAL_ITEM_OVER_LIMIT,
        paid("t-1", amount, "2026-05-04"),
        args(TO_HALE, Arg.of(Money.parse("100.01 USD")), Arg.of(Money.parse("100.00 USD"))));
  }

  static TransferOfValue item(String amount, ItemKind kind) {
    return pay("t-1", "2026-05-04", amount, NatureOfPayment.GIFT).item(kind).build();
  }

  @ParameterizedTest
  @EnumSource(MealSetting.class)
  void onlyGrabAndGoMealsAreReported(MealSetting setting) {
    List<Finding> findings =
        of(
            pay("t-1", "2026-05-04", "18.50 USD", NatureOfPayment.FOOD_AND_BEVERAGE)
                .mealSetting(setting)
                .build());
    assertEquals(
        setting == MealSetting.GRAB_AND_GO ? List.of(GRAB_AND_GO) : List.of(), rules(findings));
  }

  @Test
  void aGrabAndGoMealForAGroupSaysSo() {
    List<Finding> findings =
        of(
            pay("t-1", "2026-05-04", "96.00 USD", NatureOfPayment.FOOD_AND_BEVERAGE)
                .recipient(java.util.Optional.empty())
                .addAttendees(ConductFixture.HALE, ConductFixture.NG)
                .headcount(6)
                .mealSetting(MealSetting.GRAB_AND_GO)
                .build());
    assertEquals(
        List.of(
            message(
                ConductCode.GRAB_AND_GO,
                paid("t-1", "96.00 USD", "2026-05-04"),
                args(Arg.of(Message.of(ConductCode.RECIPIENT_GROUP, Arg.of(2)))))),
        messages(findings, GRAB_AND_GO));
    assertEquals(Severity.ERROR, findings.get(0).severity());
  }

  @Test
  void entertainmentOfAnyValueIsAnError() {
    List<Finding> findings =
        of(pay("t-1", "2026-05-04", "0.01 USD", NatureOfPayment.ENTERTAINMENT).build());
    assertEquals(
        List.of(
            message(
                ConductCode.ENTERTAINMENT, paid("t-1", "0.01 USD", "2026-05-04"), args(TO_HALE))),
        messages(findings, ENTERTAINMENT));
    assertEquals(Severity.ERROR, findings.get(0).severity());
  }

  @Test
  void aNonEducationalItemOfAnyValueIsAnError() {
    List<Finding> findings = of(item("0.01 USD", ItemKind.NON_EDUCATIONAL));
    assertEquals(
        List.of(
            message(
                ConductCode.NON_EDUCATIONAL_ITEM,
                paid("t-1", "0.01 USD", "2026-05-04"),
                args(Arg.of(NatureOfPayment.GIFT), TO_HALE))),
        messages(findings, NON_EDUCATIONAL));
    assertEquals(
        List.of(),
        of(pay("t-1", "2026-05-04", "5.00 USD", NatureOfPayment.GIFT).build()),
        "an item of unrecorded kind is not judged");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"99.99 USD, false", "100.00 USD, false", "100.01 USD, true", "2500 JPY, false"})
  void educationalItemsUpToExactlyOneHundredDollarsAreAllowed(String amount, boolean over) {
    ConductPolicy yen =
        ConductPolicy.builder()
            .addUsdRate(UsdRate.of("JPY", LocalDate.of(2026, 1, 1), "0.0066"))
            .build();
    assertEquals(
        over ? List.of(OVER_LIMIT) : List.of(), rules(of(yen, item(amount, ItemKind.EDUCATIONAL))));
  }

  @Test
  void theOverLimitMessageNamesTheDollarValue() {
    List<Finding> findings =
        of(
            pay("t-1", "2026-05-04", "100.01 USD", NatureOfPayment.EDUCATION)
                .item(ItemKind.EDUCATIONAL)
                .build());
    assertEquals(List.of(overLimit("100.01 USD")), messages(findings, OVER_LIMIT));
  }

  @Test
  void otherCurrenciesAreConvertedAtTheHostsRateAndRounded() {
    // 92.23 x 1.0842 = 99.995766 -> $100.00, allowed; 92.24 x 1.0842 = 100.006608 -> $100.01
    ConductPolicy eur =
        ConductPolicy.builder()
            .addUsdRate(UsdRate.of("EUR", LocalDate.of(2026, 1, 1), "1.0842"))
            .build();
    assertEquals(List.of(), of(eur, item("92.23 EUR", ItemKind.EDUCATIONAL)));
    assertEquals(
        List.of(overLimit("92.24 EUR")),
        messages(of(eur, item("92.24 EUR", ItemKind.EDUCATIONAL)), OVER_LIMIT));
    ConductPolicy down = ConductPolicy.copyOf(eur).withUsdRounding(RoundingMode.DOWN);
    assertEquals(
        List.of(),
        of(down, item("92.24 EUR", ItemKind.EDUCATIONAL)),
        "rounded down, 100.006608 is $100.00: the host's rounding decides the boundary cent");
  }

  @Test
  void anItemInACurrencyWithoutARateIsAConfigurationFinding() {
    List<Finding> findings = of(item("50.00 EUR", ItemKind.EDUCATIONAL));
    assertEquals(
        List.of(
            message(
                ConductCode.NO_USD_RATE,
                paid("t-1", "50.00 EUR", "2026-05-04"),
                args(TO_HALE, Arg.of(Money.parse("100.00 USD")), Arg.text("EUR"), Arg.year(2026)))),
        messages(findings, NO_RATE));
    assertEquals(Severity.WARNING, findings.get(0).severity());
    // a rate of the previous year does not carry over
    ConductPolicy lastYear =
        ConductPolicy.builder()
            .addUsdRate(UsdRate.of("EUR", LocalDate.of(2025, 1, 1), "1.0842"))
            .build();
    assertEquals(List.of(NO_RATE), rules(of(lastYear, item("50.00 EUR", ItemKind.EDUCATIONAL))));
  }

  @Test
  void transfersAfterTheDayCheckedAreNotJudged() {
    assertEquals(
        List.of(),
        of(pay("t-1", "2026-11-23", "40.00 USD", NatureOfPayment.ENTERTAINMENT).build()));
    assertEquals(
        List.of(ENTERTAINMENT),
        rules(of(pay("t-1", "2026-11-22", "40.00 USD", NatureOfPayment.ENTERTAINMENT).build())));
  }

  @Test
  void aTransferToAnOrganisationNamesIt() {
    List<Finding> findings =
        of(
            pay("t-1", "2026-05-04", "40.00 USD", NatureOfPayment.ENTERTAINMENT)
                .recipient(java.util.Optional.<StakeholderId>empty())
                .organisation(dev.kamkit.model.id.AccountId.of("riverside"))
                .build());
    assertEquals(
        List.of(
            message(
                ConductCode.ENTERTAINMENT,
                paid("t-1", "40.00 USD", "2026-05-04"),
                args(
                    Arg.of(
                        Message.of(
                            ConductCode.RECIPIENT_ORGANISATION,
                            Arg.of(
                                dev.kamkit.model.id.AccountId.of("riverside"),
                                "Riverside Health")))))),
        messages(findings, ENTERTAINMENT));
  }
}
