package dev.kamkit.model.portfolio;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.id.IndicationId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndicationTest {
  private static final LocalDate US_APPROVAL = LocalDate.of(2022, 3, 15);
  private static final LocalDate EU_APPROVAL = LocalDate.of(2022, 9, 1);

  private static Indication.Builder nsclc() {
    return Indication.builder()
        .id(IndicationId.of("oncoxa-nsclc-1l"))
        .name("Metastatic non-small cell lung cancer, first line");
  }

  @Test
  void isApprovedWhereAndWhileAnyApprovalHolds() {
    Indication indication =
        nsclc()
            .addApprovals(
                IndicationApproval.builder().jurisdiction("US").approvedOn(US_APPROVAL).build(),
                IndicationApproval.builder().jurisdiction("EU").approvedOn(EU_APPROVAL).build())
            .build();
    assertTrue(indication.isApproved("US", US_APPROVAL));
    assertFalse(indication.isApproved("EU", US_APPROVAL));
    assertTrue(indication.isApproved("EU", EU_APPROVAL));
    assertTrue(
        indication.isApproved("DE", EU_APPROVAL), "a centralised EU approval holds in Germany");
    assertFalse(indication.isApproved("GB", EU_APPROVAL));
  }

  @Test
  void anIndicationUnderDevelopmentIsApprovedNowhere() {
    assertFalse(nsclc().build().isApproved("US", LocalDate.of(2099, 1, 1)));
  }

  @Test
  void isApprovedAgainAfterAReapproval() {
    Indication indication =
        nsclc()
            .addApprovals(
                IndicationApproval.builder()
                    .jurisdiction("US")
                    .approvedOn(US_APPROVAL)
                    .withdrawnOn(LocalDate.of(2023, 1, 1))
                    .build(),
                IndicationApproval.builder()
                    .jurisdiction("US")
                    .approvedOn(LocalDate.of(2024, 1, 1))
                    .build())
            .build();
    assertTrue(indication.isApproved("US", LocalDate.of(2022, 12, 31)));
    assertFalse(indication.isApproved("US", LocalDate.of(2023, 6, 1)));
    assertTrue(indication.isApproved("US", LocalDate.of(2024, 1, 1)));
  }

  @Test
  void rejectsABlankNameOrTherapeuticArea() {
    assertSingleViolation(() -> nsclc().name("").build(), BLANK, path("name"), "\"\"");
    assertSingleViolation(
        () -> nsclc().therapeuticArea(" ").build(), BLANK, path("therapeuticArea"), "\" \"");
  }
}
