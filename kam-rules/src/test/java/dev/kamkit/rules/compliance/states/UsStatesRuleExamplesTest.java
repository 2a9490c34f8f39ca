package dev.kamkit.rules.compliance.states;

import static dev.kamkit.rules.compliance.states.StatesFixture.attribute;
import static dev.kamkit.rules.compliance.states.StatesFixture.fact;
import static dev.kamkit.rules.compliance.states.StatesFixture.nature;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.rules.compliance.FactProblems;
import dev.kamkit.rules.compliance.PackRuleExamplesContract;
import dev.kamkit.rules.compliance.RulePack;
import java.time.LocalDate;
import java.util.List;

/**
 * A worked example for every rule of the US states pack, each at the boundary of its limit or date
 * (Minnesota's $50 a year, Massachusetts' $50 a payment, New Jersey's $10,000 and meal cap,
 * Vermont's 1 January and 1 April).
 */
public class UsStatesRuleExamplesTest extends PackRuleExamplesContract {
  private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
  private static final UsStatesPack PACK = UsStatesPack.withDefaults();

  /** Vermont registrations for 2024 and 2025, so only the example's own year lacks one. */
  private static final UsStatesPack REGISTERED =
      UsStatesPack.of(UsStatesPolicy.builder().addVermontRegistrations(2024, 2025).build());

  @Override
  protected RulePack pack() {
    return PACK;
  }

  @Override
  protected List<Example> examples() {
    KeyAccount noState =
        StatesFixture.usWithoutRegion()
            .physician("a")
            .pay("t1", "a", "2025-03-01", "60.00")
            .build();
    KeyAccount badSample =
        StatesFixture.in("VT")
            .physician("a")
            .pay(
                "t1",
                "a",
                "2025-03-01",
                "5.00",
                attribute(UsStatesFacts.VT_SAMPLE.name(), AttributeValue.text("yes")))
            .build();
    KeyAccount euroMeal =
        StatesFixture.in("MN")
            .physician("a")
            .transfer(
                StatesFixture.tov("t1", "2025-03-01", "20.00 EUR").recipient(StakeholderId.of("a")))
            .build();
    KeyAccount fiftyAndOneCent =
        StatesFixture.in("MN")
            .physician("p")
            .pay("t1", "p", "2025-03-01", "30.00")
            .pay("t2", "p", "2025-06-01", "20.00", nature(NatureOfPayment.GIFT))
            .pay("t3", "p", "2025-07-01", "0.01", nature(NatureOfPayment.ENTERTAINMENT))
            .build();
    KeyAccount maFee =
        StatesFixture.in("MA")
            .physician("p")
            .pay("t1", "p", "2025-04-01", "50.01", nature(NatureOfPayment.CONSULTING_FEE))
            .build();
    KeyAccount maQuarterEnd =
        StatesFixture.in("MA")
            .physician("a")
            .pay(
                "m1", "a", "2025-03-31", "18.00", fact(UsStatesFacts.MA_NON_CME_PRESENTATION, true))
            .build();
    KeyAccount njServices =
        StatesFixture.in("NJ")
            .physician("p")
            .pay("s0", "p", "2025-01-15", "6000.00", nature(NatureOfPayment.CONSULTING_FEE))
            .pay("s1", "p", "2025-02-15", "4000.01", nature(NatureOfPayment.CONSULTING_FEE))
            .build();
    KeyAccount njMeal2019 =
        StatesFixture.in("NJ").physician("p").pay("d", "p", "2019-01-01", "30.01").build();
    KeyAccount njMeal2026 =
        StatesFixture.in("NJ").physician("p").pay("c", "p", "2026-01-01", "10.00").build();
    KeyAccount vtGift =
        StatesFixture.in("VT")
            .physician("a")
            .pay("g1", "a", "2025-02-01", "5.00", nature(NatureOfPayment.GIFT))
            .build();
    KeyAccount vtMeal2024 =
        StatesFixture.in("VT").physician("a").pay("f1", "a", "2024-06-01", "25.00").build();
    KeyAccount vtMeal2026 =
        StatesFixture.in("VT").physician("a").pay("f3", "a", "2026-01-01", "25.00").build();
    return List.of(
        example(
            PACK,
            noState,
            END_2025,
            UsStatesRules.JURISDICTION_UNKNOWN,
            List.of(TransferOfValueId.of("t1")),
            UsStatesCode.JURISDICTION_UNKNOWN,
            Arg.of(AccountId.of("acc-1"), "Lakeside Clinic"),
            Arg.of(1)),
        example(
            REGISTERED,
            badSample,
            END_2025,
            UsStatesRules.ATTRIBUTE_INVALID,
            List.of(TransferOfValueId.of("t1")),
            UsStatesCode.ATTRIBUTE_INVALID,
            Arg.of(TransferOfValueId.of("t1")),
            Arg.list(FactProblems.moved("states.vt.sample"))),
        example(
            PACK,
            euroMeal,
            END_2025,
            UsStatesRules.NO_USD_RATE,
            List.of(TransferOfValueId.of("t1")),
            UsStatesCode.NO_USD_RATE,
            Arg.of(TransferOfValueId.of("t1")),
            Arg.of(Money.of("20.00", "EUR")),
            Arg.of(LocalDate.parse("2025-03-01")),
            Arg.of(UsState.MINNESOTA),
            Arg.text("EUR"),
            Arg.year(2025)),
        example(
            PACK,
            fiftyAndOneCent,
            END_2025,
            UsStatesRules.MN_GIFT_LIMIT,
            List.of(
                StakeholderId.of("p"),
                TransferOfValueId.of("t1"),
                TransferOfValueId.of("t2"),
                TransferOfValueId.of("t3")),
            UsStatesCode.MN_GIFT_LIMIT,
            Arg.of(StakeholderId.of("p"), "Dr p"),
            Arg.of(Money.of("50.01", "USD")),
            Arg.year(2025),
            Arg.of(Money.of("50.00", "USD")),
            Arg.list(
                nested(
                    UsStatesCode.SHARE,
                    Arg.of(TransferOfValueId.of("t1")),
                    Arg.of(NatureOfPayment.FOOD_AND_BEVERAGE),
                    Arg.of(Money.of("30.00", "USD")),
                    Arg.of(LocalDate.parse("2025-03-01"))),
                nested(
                    UsStatesCode.SHARE,
                    Arg.of(TransferOfValueId.of("t2")),
                    Arg.of(NatureOfPayment.GIFT),
                    Arg.of(Money.of("20.00", "USD")),
                    Arg.of(LocalDate.parse("2025-06-01"))),
                nested(
                    UsStatesCode.SHARE,
                    Arg.of(TransferOfValueId.of("t3")),
                    Arg.of(NatureOfPayment.ENTERTAINMENT),
                    Arg.of(Money.of("0.01", "USD")),
                    Arg.of(LocalDate.parse("2025-07-01")))),
            Arg.of(0),
            Arg.of(0),
            Arg.list()),
        example(
            PACK,
            maFee,
            END_2025,
            UsStatesRules.MA_DISCLOSABLE,
            List.of(StakeholderId.of("p"), TransferOfValueId.of("t1")),
            UsStatesCode.MA_DISCLOSABLE,
            Arg.of(StakeholderId.of("p"), "Dr p"),
            Arg.of(1),
            Arg.year(2025),
            Arg.of(Money.of("50.00", "USD")),
            Arg.list(
                nested(
                    UsStatesCode.SHARE,
                    Arg.of(TransferOfValueId.of("t1")),
                    Arg.of(NatureOfPayment.CONSULTING_FEE),
                    Arg.of(Money.of("50.01", "USD")),
                    Arg.of(LocalDate.parse("2025-04-01")))),
            Arg.of(0),
            Arg.list()),
        example(
            PACK,
            maQuarterEnd,
            END_2025,
            UsStatesRules.MA_QUARTERLY_MEAL_REPORT,
            List.of(TransferOfValueId.of("m1"), StakeholderId.of("a")),
            UsStatesCode.MA_QUARTERLY_MEAL_REPORT,
            Arg.of(TransferOfValueId.of("m1")),
            Arg.of(LocalDate.parse("2025-03-31")),
            Arg.of(Money.of("18.00", "USD")),
            Arg.of(1),
            Arg.list(Arg.of(StakeholderId.of("a"), "Dr a")),
            Arg.year(2025),
            Arg.of(1)),
        example(
            PACK,
            njServices,
            END_2025,
            UsStatesRules.NJ_SERVICES_CAP,
            List.of(StakeholderId.of("p"), TransferOfValueId.of("s0"), TransferOfValueId.of("s1")),
            UsStatesCode.NJ_SERVICES_CAP_OURS_ONLY,
            Arg.of(StakeholderId.of("p"), "Dr p"),
            Arg.of(Money.of("10000.01", "USD")),
            Arg.year(2025),
            Arg.of(Money.of("10000.00", "USD")),
            Arg.list(
                nested(
                    UsStatesCode.SHARE,
                    Arg.of(TransferOfValueId.of("s0")),
                    Arg.of(NatureOfPayment.CONSULTING_FEE),
                    Arg.of(Money.of("6000.00", "USD")),
                    Arg.of(LocalDate.parse("2025-01-15"))),
                nested(
                    UsStatesCode.SHARE,
                    Arg.of(TransferOfValueId.of("s1")),
                    Arg.of(NatureOfPayment.CONSULTING_FEE),
                    Arg.of(Money.of("4000.01", "USD")),
                    Arg.of(LocalDate.parse("2025-02-15")))),
            Arg.of(0),
            Arg.list()),
        example(
            PACK,
            njMeal2019,
            LocalDate.of(2019, 12, 31),
            UsStatesRules.NJ_MEAL_CAP,
            List.of(TransferOfValueId.of("d"), StakeholderId.of("p")),
            UsStatesCode.NJ_MEAL_CAP,
            Arg.of(TransferOfValueId.of("d")),
            Arg.of(LocalDate.parse("2019-01-01")),
            Arg.of(Money.of("30.01", "USD")),
            Arg.year(2019),
            Arg.of(Money.of("30.00", "USD")),
            Arg.text("N.J.A.C. 13:45J as amended; NJBIA; Porzio"),
            Arg.of(1),
            Arg.list(Arg.of(StakeholderId.of("p"), "Dr p"))),
        example(
            PACK,
            njMeal2026,
            LocalDate.of(2026, 12, 31),
            UsStatesRules.NJ_MEAL_CAP_UNKNOWN,
            List.of(TransferOfValueId.of("c")),
            UsStatesCode.NJ_MEAL_CAP_UNKNOWN,
            Arg.year(2026),
            Arg.of(1)),
        example(
            REGISTERED,
            vtGift,
            END_2025,
            UsStatesRules.VT_GIFT_BAN,
            List.of(TransferOfValueId.of("g1"), StakeholderId.of("a")),
            UsStatesCode.VT_GIFT_BAN,
            nested(
                UsStatesCode.SHARE,
                Arg.of(TransferOfValueId.of("g1")),
                Arg.of(NatureOfPayment.GIFT),
                Arg.of(Money.of("5.00", "USD")),
                Arg.of(LocalDate.parse("2025-02-01"))),
            Arg.of(1),
            Arg.list(Arg.of(StakeholderId.of("a"), "Dr a"))),
        example(
            REGISTERED,
            vtMeal2024,
            LocalDate.of(2025, 4, 1),
            UsStatesRules.VT_DISCLOSURE,
            List.of(TransferOfValueId.of("f1")),
            UsStatesCode.VT_DISCLOSURE,
            Arg.year(2024),
            Arg.of(LocalDate.parse("2025-04-01")),
            Arg.list(
                nested(
                    UsStatesCode.VT_TALLY,
                    Arg.of(VermontCategory.BANNED),
                    Arg.of(0),
                    Arg.of(Money.of("0.00", "USD"))),
                nested(
                    UsStatesCode.VT_TALLY,
                    Arg.of(VermontCategory.SAMPLE),
                    Arg.of(0),
                    Arg.of(Money.of("0.00", "USD"))),
                nested(
                    UsStatesCode.VT_TALLY,
                    Arg.of(VermontCategory.PERMITTED_GIFT),
                    Arg.of(0),
                    Arg.of(Money.of("0.00", "USD"))),
                nested(
                    UsStatesCode.VT_TALLY,
                    Arg.of(VermontCategory.ALLOWABLE_EXPENDITURE),
                    Arg.of(1),
                    Arg.of(Money.of("25.00", "USD"))))),
        // the day after 1 April
        example(
            REGISTERED,
            vtMeal2024,
            LocalDate.of(2025, 4, 2),
            UsStatesRules.VT_DISCLOSURE_OVERDUE,
            List.of(TransferOfValueId.of("f1")),
            UsStatesCode.VT_DISCLOSURE_OVERDUE,
            Arg.year(2024),
            Arg.of(LocalDate.parse("2025-04-01")),
            Arg.of(1)),
        example(
            REGISTERED,
            vtMeal2026,
            LocalDate.of(2026, 12, 31),
            UsStatesRules.VT_REGISTRATION_MISSING,
            List.of(TransferOfValueId.of("f3")),
            UsStatesCode.VT_REGISTRATION_MISSING,
            Arg.year(2026),
            Arg.of(LocalDate.parse("2026-01-01")),
            Arg.of(1)));
  }
}
