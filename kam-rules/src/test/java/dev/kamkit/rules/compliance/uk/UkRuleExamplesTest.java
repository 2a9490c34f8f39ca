package dev.kamkit.rules.compliance.uk;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.rules.compliance.EuFixture;
import dev.kamkit.rules.compliance.FactProblems;
import dev.kamkit.rules.compliance.PackRuleExamplesContract;
import dev.kamkit.rules.compliance.RulePack;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * A worked example for every rule of the Disclosure UK pack, with the host's submission day of 31
 * March except where its absence is the example.
 */
public class UkRuleExamplesTest extends PackRuleExamplesContract {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final UkPack PACK =
      UkPack.of(UkPolicy.builder().submissionDay(MonthDay.of(3, 31)).build());

  @Override
  protected RulePack pack() {
    return UkPack.withDefaults();
  }

  @Override
  protected List<Example> examples() {
    KeyAccount badBasis =
        EuFixture.in("GB")
            .stakeholder(
                Stakeholder.builder()
                    .id(StakeholderId.of("b1"))
                    .name("Mx b1")
                    .function(StakeholderFunction.FINANCE)
                    .putAttribute(UkFacts.LAWFUL_BASIS.name(), AttributeValue.text("gdpr")))
            .build();
    KeyAccount noBasis =
        EuFixture.in("GB")
            .hcp("h1", Optional.empty())
            .pay("t1", "h1", "2025-03-01", "500.00 GBP", NatureOfPayment.CONSULTING_FEE)
            .build();
    KeyAccount refused =
        EuFixture.in("GB")
            .stakeholder(UkExamplesTest.refusedConsent("consent"))
            .pay("t1", "h1", "2025-03-01", "500.00 GBP", NatureOfPayment.CONSULTING_FEE)
            .build();
    KeyAccount lastDayOf2021 =
        EuFixture.in("GB")
            .nonHcp("b1", BuyingRole.ECONOMIC_BUYER)
            .pay("t1", "b1", "2021-12-31", "100.00 GBP", NatureOfPayment.CONSULTING_FEE)
            .build();
    KeyAccount paid2025 =
        EuFixture.in("GB")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-01", "500.00 GBP", NatureOfPayment.CONSULTING_FEE)
            .build();
    return List.of(
        example(
            PACK,
            badBasis,
            AS_OF,
            UkRules.ATTRIBUTE_INVALID,
            List.of(StakeholderId.of("b1")),
            UkCode.ATTRIBUTE_INVALID,
            Arg.list(FactProblems.moved("uk.lawfulBasis"))),
        example(
            PACK,
            noBasis,
            AS_OF,
            UkRules.LAWFUL_BASIS_MISSING,
            List.of(StakeholderId.of("h1"), TransferOfValueId.of("t1")),
            UkCode.LAWFUL_BASIS_MISSING_HCP,
            Arg.of(StakeholderId.of("h1")),
            Arg.of(1),
            Arg.text("uk.lawfulBasis")),
        example(
            PACK,
            refused,
            AS_OF,
            UkRules.CONSENT_NOT_GIVEN,
            List.of(StakeholderId.of("h1"), TransferOfValueId.of("t1")),
            UkCode.CONSENT_REFUSED,
            Arg.of(StakeholderId.of("h1"))),
        example(
            PACK,
            lastDayOf2021,
            AS_OF,
            UkRules.OUT_OF_SCOPE,
            List.of(StakeholderId.of("b1"), TransferOfValueId.of("t1")),
            UkCode.OUT_OF_SCOPE_BEFORE_2022,
            Arg.of(StakeholderId.of("b1")),
            Arg.of(LocalDate.parse("2021-12-31"))),
        example(
            UkPack.withDefaults(),
            paid2025,
            LocalDate.of(2026, 2, 1),
            UkRules.SUBMISSION_DAY_MISSING,
            List.of(AccountId.of("acc-eu")),
            UkCode.SUBMISSION_DAY_MISSING),
        // the first day after the period
        example(
            PACK,
            paid2025,
            LocalDate.of(2026, 1, 1),
            UkRules.SUBMISSION_DUE,
            List.of(AccountId.of("acc-eu")),
            UkCode.SUBMISSION_DUE,
            Arg.year(2025),
            Arg.of(LocalDate.parse("2026-03-31")),
            Arg.of(LocalDate.parse("2026-06-30")),
            Arg.of(LocalDate.parse("2026-07-01"))));
  }
}
