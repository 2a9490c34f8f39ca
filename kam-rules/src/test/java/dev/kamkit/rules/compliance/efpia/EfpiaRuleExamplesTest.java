package dev.kamkit.rules.compliance.efpia;

import static dev.kamkit.rules.compliance.EuFixture.fact;
import static dev.kamkit.rules.compliance.EuFixture.text;
import static dev.kamkit.rules.compliance.efpia.EfpiaExamplesTest.EUR;
import static dev.kamkit.rules.compliance.efpia.EfpiaExamplesTest.YEAR_END;
import static dev.kamkit.rules.compliance.efpia.EfpiaExamplesTest.policy;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.rules.compliance.EuFixture;
import dev.kamkit.rules.compliance.FactProblems;
import dev.kamkit.rules.compliance.PackRuleExamplesContract;
import dev.kamkit.rules.compliance.RulePack;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A worked example for every rule of the EFPIA pack, with the host's disclosure currency for France
 * and meals not disclosed, except where a missing setting is the example.
 */
public class EfpiaRuleExamplesTest extends PackRuleExamplesContract {
  private static final EfpiaPack PACK = EfpiaExamplesTest.pack();

  @Override
  protected RulePack pack() {
    return EfpiaPack.withDefaults();
  }

  /** Dr h1 in a French hospital, paid a consulting fee of 100 EUR on 1 March 2025. */
  private static KeyAccount fee2025() {
    return EuFixture.in("FR")
        .hcp("h1")
        .pay("t1", "h1", "2025-03-01", "100.00 EUR", NatureOfPayment.CONSULTING_FEE)
        .build();
  }

  @Override
  protected List<Example> examples() {
    KeyAccount inGermany =
        EuFixture.in("DE")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-01", "100.00 EUR", NatureOfPayment.CONSULTING_FEE)
            .build();
    KeyAccount meal =
        EuFixture.in("FR")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-01", "30.00 EUR", NatureOfPayment.FOOD_AND_BEVERAGE)
            .build();
    KeyAccount badCategory =
        EuFixture.in("FR")
            .hcp("h1")
            .pay(
                "t1",
                "h1",
                "2025-03-01",
                "100.00 EUR",
                NatureOfPayment.CONSULTING_FEE,
                text(EfpiaFacts.CATEGORY.name(), "fees"))
            .build();
    KeyAccount dollars =
        EuFixture.in("FR")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-01", "100.00 USD", NatureOfPayment.CONSULTING_FEE)
            .build();
    KeyAccount grantToHcp =
        EuFixture.in("FR")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-01", "300.00 EUR", NatureOfPayment.GRANT)
            .build();
    KeyAccount buyer =
        EuFixture.in("FR")
            .nonHcp("b1")
            .pay("t1", "b1", "2025-03-01", "300.00 EUR", NatureOfPayment.CONSULTING_FEE)
            .build();
    KeyAccount twice = EfpiaExamplesTest.countedTwice().build();
    KeyAccount danglingReference =
        EuFixture.in("FR")
            .hcp("h1")
            .pay(
                "t1",
                "h1",
                "2025-03-01",
                "1.00 EUR",
                NatureOfPayment.CONSULTING_FEE,
                fact(EfpiaFacts.COUNTED_IN, "nope"))
            .build();
    KeyAccount partly =
        EuFixture.in("FR")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-01", "100.00 EUR", NatureOfPayment.CONSULTING_FEE)
            .pay(
                "t2",
                "h1",
                "2025-04-01",
                "50.00 EUR",
                NatureOfPayment.CONSULTING_FEE,
                fact(EfpiaFacts.CONSENT, false))
            .build();
    KeyAccount neverAsked =
        EuFixture.in("FR")
            .hcp("h1", Optional.empty())
            .pay("t1", "h1", "2025-03-01", "100.00 EUR", NatureOfPayment.CONSULTING_FEE)
            .build();
    return List.of(
        example(
            PACK,
            inGermany,
            YEAR_END,
            EfpiaRules.CURRENCY_MISSING,
            List.of(AccountId.of("acc-eu")),
            EfpiaCode.CURRENCY_MISSING,
            Arg.text("DE")),
        example(
            EfpiaPack.of(EfpiaPolicy.builder().putDisclosureCurrency("FR", EUR).build()),
            meal,
            YEAR_END,
            EfpiaRules.MEALS_SETTING_MISSING,
            List.of(TransferOfValueId.of("t1")),
            EfpiaCode.MEALS_SETTING_MISSING,
            Arg.of(1)),
        example(
            PACK,
            badCategory,
            YEAR_END,
            EfpiaRules.ATTRIBUTE_INVALID,
            List.of(TransferOfValueId.of("t1")),
            EfpiaCode.ATTRIBUTE_INVALID,
            Arg.list(FactProblems.moved("efpia.category"))),
        example(
            PACK,
            dollars,
            YEAR_END,
            EfpiaRules.NO_RATE,
            List.of(TransferOfValueId.of("t1")),
            EfpiaCode.NO_RATE,
            Arg.of(Money.of("100.00", "USD")),
            Arg.of(LocalDate.parse("2025-03-01")),
            Arg.text("EUR"),
            Arg.year(2025)),
        example(
            PACK,
            grantToHcp,
            YEAR_END,
            EfpiaRules.UNCLASSIFIED,
            List.of(StakeholderId.of("h1"), TransferOfValueId.of("t1")),
            EfpiaCode.UNCLASSIFIED_NATURE,
            Arg.of(NatureOfPayment.GRANT),
            Arg.of(RecipientType.HCP),
            Arg.text("efpia.category"),
            Arg.list(
                Arg.text("event-registration-fees"),
                Arg.text("event-travel-and-accommodation"),
                Arg.text("service-fees"),
                Arg.text("service-related-expenses"))),
        example(
            PACK,
            buyer,
            YEAR_END,
            EfpiaRules.OUT_OF_SCOPE,
            List.of(StakeholderId.of("b1"), TransferOfValueId.of("t1")),
            EfpiaCode.OUT_OF_SCOPE_NOT_HCP,
            Arg.of(StakeholderId.of("b1"), "Mx b1")),
        example(
            PACK,
            twice,
            YEAR_END,
            EfpiaRules.COUNTED_ONCE,
            List.of(TransferOfValueId.of("t2"), TransferOfValueId.of("t1")),
            EfpiaCode.COUNTED_ONCE,
            Arg.of(TransferOfValueId.of("t1"))),
        example(
            PACK,
            danglingReference,
            YEAR_END,
            EfpiaRules.COUNTED_IN_INVALID,
            List.of(TransferOfValueId.of("t1")),
            EfpiaCode.COUNTED_IN_UNKNOWN,
            Arg.text("efpia.countedIn"),
            Arg.text("nope")),
        example(
            PACK,
            partly,
            YEAR_END,
            EfpiaRules.PARTIAL_CONSENT,
            List.of(StakeholderId.of("h1"), TransferOfValueId.of("t1"), TransferOfValueId.of("t2")),
            EfpiaCode.PARTIAL_CONSENT,
            Arg.of(StakeholderId.of("h1"), "Dr h1"),
            Arg.of(1),
            Arg.of(2),
            Arg.year(2025)),
        example(
            PACK,
            neverAsked,
            YEAR_END,
            EfpiaRules.AGGREGATED,
            List.of(StakeholderId.of("h1"), TransferOfValueId.of("t1")),
            EfpiaCode.AGGREGATED_NOT_RECORDED,
            Arg.of(StakeholderId.of("h1"), "Dr h1"),
            Arg.of(1),
            Arg.year(2025)),
        // the last day before the deadline, and the first after it
        example(
            PACK,
            fee2025(),
            LocalDate.of(2026, 6, 30),
            EfpiaRules.DUE,
            List.of(AccountId.of("acc-eu")),
            EfpiaCode.DUE,
            Arg.year(2025),
            Arg.of(LocalDate.parse("2026-06-30")),
            Arg.of(3),
            Arg.of(5)),
        example(
            PACK,
            fee2025(),
            LocalDate.of(2026, 7, 1),
            EfpiaRules.OVERDUE,
            List.of(AccountId.of("acc-eu")),
            EfpiaCode.OVERDUE,
            Arg.year(2025),
            Arg.of(LocalDate.parse("2026-06-30")),
            Arg.of(LocalDate.parse("2026-07-01"))),
        example(
            EfpiaPack.of(policy().putPublication(2025, LocalDate.of(2026, 7, 1)).build()),
            fee2025(),
            LocalDate.of(2027, 1, 1),
            EfpiaRules.LATE,
            List.of(AccountId.of("acc-eu")),
            EfpiaCode.LATE,
            Arg.year(2025),
            Arg.of(LocalDate.parse("2026-07-01")),
            Arg.of(LocalDate.parse("2026-06-30"))),
        example(
            PACK,
            fee2025(),
            LocalDate.of(2026, 1, 1),
            EfpiaRules.SUMMARY,
            List.of(AccountId.of("acc-eu")),
            EfpiaCode.SUMMARY,
            Arg.year(2025),
            Arg.text("FR"),
            Arg.of(0),
            Arg.of(1),
            Arg.of(0),
            nested(EfpiaCode.RESEARCH_NONE),
            Arg.of(Money.of("100.00", "EUR")),
            Arg.of(LocalDate.parse("2026-06-30"))));
  }
}
