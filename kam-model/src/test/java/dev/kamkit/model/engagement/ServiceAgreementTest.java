package dev.kamkit.model.engagement;

import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.AGREEMENT_PROVIDERS;
import static dev.kamkit.model.base.ModelCode.BEFORE;
import static dev.kamkit.model.base.ModelCode.NOT_POSITIVE;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ServiceAgreementId;
import dev.kamkit.model.id.StakeholderId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ServiceAgreementTest {
  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate END = LocalDate.of(2026, 12, 31);

  private static ServiceAgreement.Builder speaking() {
    return ServiceAgreement.builder()
        .id(ServiceAgreementId.of("sa-1"))
        .kind(ServiceKind.SPEAKING)
        .compensationBasis(CompensationBasis.PER_SERVICE)
        .start(START);
  }

  @Test
  void isInForceOverItsTermAndOpenEndedWithoutAnEnd() {
    ServiceAgreement a = speaking().stakeholder(StakeholderId.of("chen")).end(END).build();
    assertFalse(a.isInForce(START.minusDays(1)));
    assertTrue(a.isInForce(START) && a.isInForce(END));
    assertFalse(a.isInForce(END.plusDays(1)));
    assertTrue(a.withEnd(java.util.Optional.empty()).isInForce(END.plusYears(5)));
    assertFalse(a.isSigned());
    assertTrue(a.withSignedOn(START.minusDays(3)).isSigned());
  }

  @Test
  void hasExactlyOneProvider() {
    ModelViolation none =
        assertSingleViolation(
            () -> speaking().build(), AGREEMENT_PROVIDERS, path("stakeholder"), "<missing>");
    assertArgs(none, Arg.of(0));
    ModelViolation both =
        assertSingleViolation(
            () ->
                speaking()
                    .stakeholder(StakeholderId.of("chen"))
                    .organisation(AccountId.of("rhs"))
                    .build(),
            AGREEMENT_PROVIDERS,
            path("stakeholder"),
            "chen");
    assertArgs(both, Arg.of(2));
  }

  @Test
  void endsOnOrAfterItsStartAndCapsAtAPositiveAmount() {
    speaking().organisation(AccountId.of("rhs")).end(START).build();
    assertSingleViolation(
        () -> speaking().organisation(AccountId.of("rhs")).end(START.minusDays(1)).build(),
        BEFORE,
        path("end"),
        "2025-12-31");
    assertSingleViolation(
        () ->
            speaking().organisation(AccountId.of("rhs")).annualCap(Money.of("0.00", "USD")).build(),
        NOT_POSITIVE,
        path("annualCap"),
        "0.00 USD");
  }
}
