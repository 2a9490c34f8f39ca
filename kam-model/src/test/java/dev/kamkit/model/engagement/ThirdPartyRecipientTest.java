package dev.kamkit.model.engagement;

import static dev.kamkit.model.base.ModelAssertions.assertInvalid;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A payment directed to a third party, and a payment of an employee's salary or benefits. */
class ThirdPartyRecipientTest {
  private static final StakeholderId CHEN = StakeholderId.of("chen");

  private static TransferOfValue.Builder fee() {
    return TransferOfValue.builder()
        .id(TransferOfValueId.of("tov-1"))
        .date(LocalDate.of(2026, 3, 14))
        .amount(Money.of("2500.00", "USD"))
        .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
        .nature(NatureOfPayment.CONSULTING_FEE);
  }

  private static final ThirdPartyRecipient CHARITY =
      ThirdPartyRecipient.builder()
          .kind(ThirdPartyKind.ENTITY)
          .name("Children's Cancer Fund")
          .charity(true)
          .build();

  @Test
  void aFeeDonatedToACharityStillGoesToItsCoveredRecipient() {
    TransferOfValue t = fee().recipient(CHEN).thirdParty(CHARITY).build();
    assertEquals(CHEN, t.recipient().get());
    assertEquals(ThirdPartyKind.ENTITY, t.thirdParty().get().kind());
    assertFalse(t.thirdParty().get().coveredRecipient());
    assertEquals("Entity", ThirdPartyKind.ENTITY.cmsName());
    assertEquals("Individual", ThirdPartyKind.INDIVIDUAL.cmsName());
  }

  @Test
  void anOrganisationMayDirectAPaymentToo() {
    TransferOfValue t =
        fee()
            .nature(NatureOfPayment.GRANT)
            .organisation(AccountId.of("riverside"))
            .thirdParty(CHARITY)
            .build();
    assertEquals(CHARITY, t.thirdParty().get());
  }

  @Test
  void aGroupCannotDirectAPayment() {
    InvalidModelException e =
        assertInvalid(
            () ->
                fee()
                    .nature(NatureOfPayment.FOOD_AND_BEVERAGE)
                    .addAttendees(CHEN, StakeholderId.of("ortiz"))
                    .thirdParty(CHARITY)
                    .build());
    assertEquals(1, e.violations().size());
    assertEquals(ModelCode.TRANSFER_THIRD_PARTY_GROUP, e.violations().get(0).code());
    assertEquals(path("thirdParty"), e.violations().get(0).path());
  }

  @Test
  void aThirdPartyIsNeitherACharityNorACoveredRecipientUnlessTheRecordSaysSo() {
    ThirdPartyRecipient practice =
        ThirdPartyRecipient.builder().kind(ThirdPartyKind.INDIVIDUAL).build();
    assertFalse(practice.charity());
    assertFalse(practice.coveredRecipient());
    ThirdPartyRecipient colleague =
        ThirdPartyRecipient.builder()
            .kind(ThirdPartyKind.INDIVIDUAL)
            .coveredRecipient(true)
            .build();
    assertTrue(colleague.coveredRecipient());
    assertFalse(colleague.charity());
  }

  @Test
  void onlyAnEntityIsACharity() {
    assertSingleViolation(
        () -> ThirdPartyRecipient.builder().kind(ThirdPartyKind.INDIVIDUAL).charity(true).build(),
        ModelCode.THIRD_PARTY_CHARITY_NOT_ENTITY,
        path("charity"),
        "true");
  }

  @Test
  void aRecordedNameIsNotBlank() {
    assertSingleViolation(
        () -> ThirdPartyRecipient.builder().kind(ThirdPartyKind.ENTITY).name(" ").build(),
        ModelCode.BLANK,
        path("name"),
        "\" \"");
  }

  @Test
  void onlyAPaymentToOnePersonIsAnEmployeesCompensation() {
    assertSingleViolation(
        () ->
            fee()
                .nature(NatureOfPayment.GRANT)
                .organisation(AccountId.of("riverside"))
                .employmentCompensation(true)
                .build(),
        ModelCode.TRANSFER_EMPLOYMENT_COMPENSATION_NOT_PERSON,
        path("employmentCompensation"),
        "true");
  }
}
