package dev.kamkit.rules.compliance.france;

import static dev.kamkit.rules.compliance.EuFixture.fact;
import static dev.kamkit.rules.compliance.EuFixture.text;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.rules.compliance.EuFixture;
import dev.kamkit.rules.compliance.FactProblems;
import dev.kamkit.rules.compliance.PackRuleExamplesContract;
import dev.kamkit.rules.compliance.RulePack;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A worked example for every rule of the France pack, at the boundary of its threshold, with the
 * host's publication test of 10 EUR or more except where its absence is the example.
 */
public class FranceRuleExamplesTest extends PackRuleExamplesContract {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);
  private static final FrancePack PACK =
      FrancePack.of(FrancePolicy.builder().publicationTest(PublicationTest.AT_OR_ABOVE).build());

  @Override
  protected RulePack pack() {
    return FrancePack.withDefaults();
  }

  private static UnaryOperator<TransferOfValue.Builder> kind(String code) {
    return fact(FranceFacts.KIND, FrenchKind.ofCode(code).orElseThrow());
  }

  /** Dr h1 in a French hospital, given a meal of {@code amount} on 1 March 2025. */
  private static KeyAccount meal(String amount, UnaryOperator<TransferOfValue.Builder> adjust) {
    return EuFixture.in("FR")
        .hcp("h1")
        .pay("t1", "h1", "2025-03-01", amount, NatureOfPayment.FOOD_AND_BEVERAGE, adjust)
        .build();
  }

  @Override
  protected List<Example> examples() {
    KeyAccount thirdImpromptuMeal =
        EuFixture.in("FR")
            .hcp("h1")
            .pay(
                "t1",
                "h1",
                "2025-03-01",
                "30.00 EUR",
                NatureOfPayment.FOOD_AND_BEVERAGE,
                kind("impromptu-meal"))
            .pay(
                "t2",
                "h1",
                "2025-03-02",
                "30.00 EUR",
                NatureOfPayment.FOOD_AND_BEVERAGE,
                kind("impromptu-meal"))
            .pay(
                "t3",
                "h1",
                "2025-03-03",
                "12.00 EUR",
                NatureOfPayment.FOOD_AND_BEVERAGE,
                kind("impromptu-meal"))
            .build();
    KeyAccount feeOfUnknownLength =
        EuFixture.in("FR")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-01", "300.00 EUR", NatureOfPayment.SPEAKER_MEDICAL_EDUCATION)
            .build();
    KeyAccount firstDayOfTheLaw =
        EuFixture.in("FR")
            .hcp("h1")
            .pay("t1", "h1", "2020-10-01", "80.00 EUR", NatureOfPayment.FOOD_AND_BEVERAGE)
            .build();
    return List.of(
        example(
            FrancePack.withDefaults(),
            meal("10.00 EUR", kind("book")),
            AS_OF,
            FranceRules.PUBLICATION_TEST_MISSING,
            List.of(TransferOfValueId.of("t1")),
            FranceCode.PUBLICATION_TEST_MISSING,
            Arg.of(1),
            Arg.of(Money.of("10.00", "EUR"))),
        example(
            PACK,
            meal("5.00 EUR", text(FranceFacts.KIND.name(), "mael")),
            AS_OF,
            FranceRules.ATTRIBUTE_INVALID,
            List.of(TransferOfValueId.of("t1")),
            FranceCode.ATTRIBUTE_INVALID,
            Arg.list(FactProblems.moved("fr.kind"))),
        example(
            PACK,
            meal("60.00 USD", kind("meal")),
            AS_OF,
            FranceRules.NO_EUR_RATE,
            List.of(TransferOfValueId.of("t1")),
            FranceCode.NO_EUR_RATE,
            Arg.of(Money.of("60.00", "USD")),
            Arg.of(LocalDate.parse("2025-03-01")),
            Arg.year(2025)),
        example(
            PACK,
            meal("10.00 EUR", kind("meal")),
            AS_OF,
            FranceRules.PUBLISH,
            List.of(StakeholderId.of("h1"), TransferOfValueId.of("t1")),
            FranceCode.PUBLISH_AT_THRESHOLD,
            Arg.of(Money.of("10.00", "EUR")),
            Arg.of(LocalDate.parse("2025-03-01")),
            Arg.of(Money.of("10.00", "EUR"))),
        example(
            PACK,
            firstDayOfTheLaw,
            AS_OF,
            FranceRules.KIND_MISSING,
            List.of(TransferOfValueId.of("t1")),
            FranceCode.KIND_MISSING,
            Arg.text("fr.kind"),
            Arg.list(
                Arg.text("night"),
                Arg.text("meal"),
                Arg.text("snack"),
                Arg.text("registration"),
                Arg.text("fee"),
                Arg.text("training"),
                Arg.text("research-gift"),
                Arg.text("impromptu-meal"),
                Arg.text("book"),
                Arg.text("sample"))),
        example(
            PACK,
            feeOfUnknownLength,
            AS_OF,
            FranceRules.FEE_DURATION_MISSING,
            List.of(StakeholderId.of("h1"), TransferOfValueId.of("t1")),
            FranceCode.FEE_DURATION_MISSING,
            Arg.of(Money.of("300.00", "EUR")),
            Arg.text("fr.hours"),
            Arg.text("fr.halfDays"),
            Arg.of(Money.of("200.00", "EUR")),
            Arg.of(Money.of("800.00", "EUR"))),
        example(
            PACK,
            meal("50.01 EUR", kind("meal")),
            AS_OF,
            FranceRules.AUTHORISATION_MISSING,
            List.of(StakeholderId.of("h1"), TransferOfValueId.of("t1")),
            FranceCode.AUTHORISATION_MEALS,
            Arg.of(Money.of("50.01", "EUR")),
            Arg.of(new BigDecimal("1")),
            Arg.of(Money.of("50.00", "EUR")),
            Arg.text("fr.authorisation")),
        example(
            PACK,
            thirdImpromptuMeal,
            AS_OF,
            FranceRules.NOT_NEGLIGIBLE,
            List.of(StakeholderId.of("h1"), TransferOfValueId.of("t3")),
            FranceCode.NOT_NEGLIGIBLE_IMPROMPTU_MEALS,
            Arg.of(Money.of("12.00", "EUR")),
            Arg.of(LocalDate.parse("2025-03-03")),
            Arg.of(StakeholderId.of("h1"), "Dr h1"),
            Arg.year(2025),
            Arg.of(2),
            nested(
                FranceCode.ROUTE_DECLARATION,
                Arg.text("fr.declaration"),
                Arg.text("fr.authorisation"))),
        example(
            PACK,
            meal("50.00 EUR", kind("meal")),
            AS_OF,
            FranceRules.DECLARATION_MISSING,
            List.of(StakeholderId.of("h1"), TransferOfValueId.of("t1")),
            FranceCode.DECLARATION_MISSING,
            Arg.of(FrenchKind.MEAL),
            Arg.of(Money.of("50.00", "EUR")),
            Arg.of(LocalDate.parse("2025-03-01")),
            Arg.of(StakeholderId.of("h1"), "Dr h1"),
            nested(
                FranceCode.ROUTE_DECLARATION,
                Arg.text("fr.declaration"),
                Arg.text("fr.authorisation"))));
  }
}
