package dev.kamkit.rules.compliance.openpayments;

import static dev.kamkit.rules.compliance.openpayments.OpFixture.excluded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A record for a group (a meal shared by covered recipients) and a device loan claimed as the
 * short-term exclusion, on both sides of each condition: what the one-example-per-rule table cannot
 * show.
 */
class GroupAndLoanRecordTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  private static final StakeholderId A = StakeholderId.of("a");
  private static final StakeholderId B = StakeholderId.of("b");

  private static List<Finding> check(KeyAccount account, RuleDescriptor rule) {
    return OpFixture.of(OpenPaymentsPack.withDefaults().check(account, AS_OF), rule);
  }

  private static OpFixture twoPhysicians() {
    return OpFixture.account().physician("a").physician("b");
  }

  @Test
  void aSharedMealNeedsItsHeadcount() {
    KeyAccount uncounted =
        twoPhysicians()
            .transfer(OpFixture.tov("t-1", "2025-05-01", "90.00 USD").addAttendees(A, B))
            .build();
    List<Finding> missing = check(uncounted, OpenPaymentsRules.HEADCOUNT_MISSING);
    assertEquals(1, missing.size());
    assertEquals(OpenPaymentsCode.HEADCOUNT_MISSING, missing.get(0).message().code());
    assertEquals(
        List.of(Arg.of(Money.of("90.00", "USD")), Arg.of(2)), missing.get(0).message().args());
    // the meal is a meal: nothing else to say about the group
    assertEquals(List.of(), check(uncounted, OpenPaymentsRules.GROUP_NOT_A_MEAL));

    KeyAccount counted =
        twoPhysicians()
            .transfer(
                OpFixture.tov("t-1", "2025-05-01", "90.00 USD").addAttendees(A, B).headcount(6))
            .build();
    assertEquals(List.of(), check(counted, OpenPaymentsRules.HEADCOUNT_MISSING));
  }

  @Test
  void onlyAMealIsRecordedForAGroup() {
    KeyAccount education =
        twoPhysicians()
            .transfer(
                OpFixture.tov("t-1", "2025-05-01", "90.00 USD")
                    .addAttendees(A, B)
                    .headcount(3)
                    .nature(NatureOfPayment.EDUCATION))
            .build();
    List<Finding> notAMeal = check(education, OpenPaymentsRules.GROUP_NOT_A_MEAL);
    assertEquals(1, notAMeal.size());
    assertEquals(List.of(Arg.of(NatureOfPayment.EDUCATION)), notAMeal.get(0).message().args());
    assertEquals(List.of(), check(education, OpenPaymentsRules.HEADCOUNT_MISSING));

    // paid to one physician, an education payment is no group record at all
    KeyAccount single =
        OpFixture.account()
            .physician("a")
            .pay("t-1", "a", "2025-05-01", "400.00", t -> t.nature(NatureOfPayment.EDUCATION))
            .build();
    assertEquals(List.of(), check(single, OpenPaymentsRules.GROUP_NOT_A_MEAL));
    assertEquals(List.of(), check(single, OpenPaymentsRules.HEADCOUNT_MISSING));
  }

  @Test
  void aDeviceLoanClaimedAsShortTermNeedsItsLengthWithinNinetyDays() {
    assertEquals(
        List.of(OpenPaymentsCode.DEVICE_LOAN_LENGTH_MISSING),
        codes(loan(null)),
        "a loan without its length cannot be excluded");
    assertEquals(List.of(OpenPaymentsCode.DEVICE_LOAN_TOO_LONG), codes(loan(91L)));
    assertEquals(
        List.of(
            Arg.of(91),
            Arg.of(90),
            Arg.of(NatureOfPayment.LONG_TERM_MEDICAL_SUPPLY_OR_DEVICE_LOAN)),
        loan(91L).get(0).message().args());
    assertEquals(List.of(), codes(loan(90L)), "90 days is a short-term loan");
  }

  private static List<Finding> loan(Long days) {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay(
                "t-1",
                "p",
                "2025-05-01",
                "4000.00",
                t -> {
                  excluded(StatutoryExclusion.SHORT_TERM_DEVICE_LOAN).apply(t);
                  return days == null
                      ? t
                      : t.addFact(Fact.of(OpenPaymentsFacts.DEVICE_LOAN_DAYS, days));
                })
            .build();
    return check(account, OpenPaymentsRules.EXCLUSION_CONDITION_NOT_MET);
  }

  private static List<MessageCode> codes(List<Finding> findings) {
    return findings.stream().map(f -> f.message().code()).toList();
  }
}
