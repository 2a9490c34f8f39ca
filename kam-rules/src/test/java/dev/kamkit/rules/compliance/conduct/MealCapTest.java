package dev.kamkit.rules.compliance.conduct;

import static dev.kamkit.rules.compliance.conduct.ConductFixture.HALE;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.NG;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.TO_HALE;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.account;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.args;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.message;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.messages;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.paid;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.pay;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.MealSetting;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
import dev.kamkit.rules.compliance.openpayments.UsdRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The company's own cap per person on speaker-programme and in-office meals: the PhRMA Code asks
 * for modest meals and names no figure, so the cap is a host setting and nothing is judged without
 * it.
 */
class MealCapTest {
  private static final String OVER_CAP = "conduct.meal.over-company-cap";
  private static final String NO_RATE = "conduct.meal.no-usd-rate";
  static final ConductPolicy CAP_50 = capped("50.00");

  private static ConductPolicy capped(String dollars) {
    return ConductPolicy.builder().mealCapPerPerson(Money.parse(dollars + " USD")).build();
  }

  private static List<Finding> of(ConductPolicy policy, TransferOfValue... transfers) {
    return ConductFixture.check(policy, account().addTransfersOfValue(transfers).build());
  }

  /** A meal for Dr. Hale alone. */
  static TransferOfValue meal(String amount, MealSetting setting) {
    return pay("t-1", "2026-05-04", amount, NatureOfPayment.FOOD_AND_BEVERAGE)
        .mealSetting(setting)
        .build();
  }

  /** A speaker-programme dinner shared by Dr. Hale, Dr. Ng and {@code others} more. */
  private static TransferOfValue dinner(String amount, int partook) {
    return TransferOfValue.builder()
        .from(pay("t-1", "2026-05-04", amount, NatureOfPayment.FOOD_AND_BEVERAGE).build())
        .recipient(Optional.empty())
        .addAttendees(HALE, NG)
        .headcount(partook)
        .mealSetting(MealSetting.SPEAKER_PROGRAM)
        .build();
  }

  @Test
  void withoutACapNoMealIsJudged() {
    assertEquals(
        List.of(),
        ConductFixture.check(
            account()
                .addTransfersOfValue(meal("9999.00 USD", MealSetting.SPEAKER_PROGRAM))
                .build()));
  }

  @Test
  void aMealAtTheCapIsAllowedAndOneCentMoreIsAFinding() {
    assertEquals(List.of(), of(CAP_50, meal("50.00 USD", MealSetting.IN_OFFICE_WITH_PRESENTATION)));
    List<Finding> over = of(CAP_50, meal("50.01 USD", MealSetting.IN_OFFICE_WITH_PRESENTATION));
    assertEquals(
        List.of(
            message(
                ConductCode.MEAL_OVER_CAP,
                paid("t-1", "50.01 USD", "2026-05-04"),
                args(
                    TO_HALE,
                    Arg.of(Money.parse("50.01 USD")),
                    Arg.of(1),
                    Arg.of(Money.parse("50.00 USD"))))),
        messages(over, OVER_CAP));
    assertEquals(Severity.ERROR, over.get(0).severity());
  }

  @Test
  void aSharedMealIsDividedByEveryoneWhoPartook() {
    // $150.00 among three is $50.00 each; $150.03 is $50.01 each (Open Payments' rule, 42 CFR
    // 403.904: the cost divided by everyone who partook, covered recipients or not)
    assertEquals(List.of(), of(CAP_50, dinner("150.00 USD", 3)));
    List<Finding> over = of(CAP_50, dinner("150.03 USD", 3));
    assertEquals(List.of(OVER_CAP), rules(over));
    List<Arg> args = over.get(0).message().args();
    assertEquals(
        List.of(Arg.of(Money.parse("50.01 USD")), Arg.of(3), Arg.of(Money.parse("50.00 USD"))),
        args.subList(args.size() - 3, args.size()));
  }

  @ParameterizedTest
  @EnumSource(
      value = MealSetting.class,
      names = {"CONFERENCE", "RESTAURANT"})
  void otherMealsAreLeftToTheirOwnRules(MealSetting setting) {
    assertEquals(List.of(), of(CAP_50, meal("500.00 USD", setting)));
  }

  @Test
  void aMealInAnotherCurrencyIsConvertedOrReportedForItsMissingRate() {
    Message noRate =
        message(
            ConductCode.MEAL_NO_USD_RATE,
            paid("t-1", "60.00 EUR", "2026-05-04"),
            args(TO_HALE, Arg.of(Money.parse("50.00 USD")), Arg.text("EUR"), Arg.year(2026)));
    List<Finding> findings = of(CAP_50, meal("60.00 EUR", MealSetting.SPEAKER_PROGRAM));
    assertEquals(List.of(noRate), messages(findings, NO_RATE));
    assertEquals(Severity.WARNING, findings.get(0).severity());
    // 46.11 x 1.0842 = 49.992... -> $49.99; 46.13 x 1.0842 = 50.014... -> $50.01
    ConductPolicy eur =
        ConductPolicy.copyOf(CAP_50)
            .withUsdRates(UsdRate.of("EUR", LocalDate.of(2026, 1, 1), "1.0842"));
    assertEquals(List.of(), of(eur, meal("46.11 EUR", MealSetting.SPEAKER_PROGRAM)));
    assertEquals(List.of(OVER_CAP), rules(of(eur, meal("46.13 EUR", MealSetting.SPEAKER_PROGRAM))));
  }

  @Test
  void theCapIsAPositiveDollarAmount() {
    InvalidModelException eur =
        assertThrows(
            InvalidModelException.class,
            () -> ConductPolicy.builder().mealCapPerPerson(Money.parse("50.00 EUR")).build());
    assertEquals("mealCapPerPerson", eur.violations().get(0).field());
    InvalidModelException zero = assertThrows(InvalidModelException.class, () -> capped("0.00"));
    assertEquals("mealCapPerPerson", zero.violations().get(0).field());
  }

  @Test
  void aHigherCapNeverFindsMore() {
    qt().forAll(
            integers().between(1, 100_000),
            integers().between(1, 100_000),
            integers().between(1, 12))
        .checkAssert(
            (cents, capCents, partook) -> {
              TransferOfValue dinner =
                  dinner(BigDecimal.valueOf(cents, 2).toPlainString() + " USD", partook + 1);
              int low =
                  rules(of(capped(BigDecimal.valueOf(capCents, 2).toPlainString()), dinner)).size();
              int high =
                  rules(of(capped(BigDecimal.valueOf(capCents + 1, 2).toPlainString()), dinner))
                      .size();
              assertTrue(high <= low);
            });
  }
}
