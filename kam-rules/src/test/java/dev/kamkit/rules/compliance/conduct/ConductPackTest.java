package dev.kamkit.rules.compliance.conduct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.openpayments.UsdRate;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConductPackTest {

  @Test
  void thePackNamesItselfAndEveryRuleStartsWithItsId() {
    ConductPack pack = ConductPack.withDefaults();
    assertEquals("conduct", pack.id());
    assertEquals("Anti-kickback and PhRMA Code conduct", pack.name().toString());
    assertEquals(20, pack.rules().size());
    assertTrue(pack.rules().stream().allMatch(r -> r.id().startsWith("conduct.")));
    assertEquals(
        pack.rules().size(), pack.rules().stream().map(RuleDescriptor::id).distinct().count());
    // the validator refuses packs whose rule ids clash or stray from the pack id
    assertEquals(List.of(pack), ComplianceValidator.of(List.of(pack)).packs());
  }

  @Test
  void thePolicyIsKeptAndDefaultsToTheServiceNaturesWithoutRates() {
    ConductPolicy policy = ConductPolicy.defaults();
    assertSame(policy, ConductPack.of(policy).policy());
    assertEquals(List.of(), policy.usdRates());
    assertEquals(RoundingMode.HALF_UP, policy.usdRounding());
    assertEquals(
        Set.of(
            NatureOfPayment.CONSULTING_FEE,
            NatureOfPayment.SERVICES_OTHER_THAN_CONSULTING,
            NatureOfPayment.SPEAKER_UNACCREDITED_CONTINUING_EDUCATION,
            NatureOfPayment.SPEAKER_ACCREDITED_CONTINUING_EDUCATION,
            NatureOfPayment.SPEAKER_MEDICAL_EDUCATION,
            NatureOfPayment.HONORARIA),
        policy.agreementNatures());
  }

  @Test
  void aPolicyThatCannotRoundOrHasTwoRatesForOneDayIsRefused() {
    InvalidModelException unnecessary =
        assertThrows(
            InvalidModelException.class,
            () -> ConductPolicy.builder().usdRounding(RoundingMode.UNNECESSARY).build());
    assertTrue(unnecessary.getMessage().contains("usdRounding"), unnecessary.getMessage());
    UsdRate rate = UsdRate.of("EUR", LocalDate.of(2026, 1, 1), "1.08");
    InvalidModelException twice =
        assertThrows(
            InvalidModelException.class,
            () ->
                ConductPolicy.builder()
                    .addUsdRate(rate)
                    .addUsdRate(UsdRate.of("EUR", LocalDate.of(2026, 1, 1), "1.09"))
                    .build());
    assertTrue(twice.getMessage().contains("usdRates"), twice.getMessage());
  }

  @Test
  void aNullDayIsRefusedByName() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> ConductPack.withDefaults().check(ConductFixture.account().build(), null));
    assertEquals("asOf", e.getMessage());
  }
}
