package dev.kamkit.rules.compliance.openpayments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.TrainingStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Covered recipients by type and program year (CMS, "Changes for Reporting Entities"; CMS Open
 * Payments FAQs).
 */
class CoveredRecipientsTest {

  private static Stakeholder hcp(HcpProfession profession, TrainingStatus status) {
    return Stakeholder.builder()
        .id(StakeholderId.of("s"))
        .name("S")
        .function(StakeholderFunction.CLINICAL)
        .hcp(HcpIdentity.builder().profession(profession).trainingStatus(status).build())
        .build();
  }

  @ParameterizedTest
  @EnumSource(
      value = HcpProfession.class,
      names = {"PHYSICIAN", "DENTIST", "PODIATRIST", "OPTOMETRIST", "CHIROPRACTOR"})
  void physiciansAreCoveredInEveryYear(HcpProfession profession) {
    for (int year : new int[] {2013, 2020, 2026}) {
      assertEquals(
          Coverage.covered(CoveredRecipientType.PHYSICIAN),
          CoveredRecipients.of(hcp(profession, TrainingStatus.PRACTISING), year));
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = HcpProfession.class,
      names = {
        "PHYSICIAN_ASSISTANT",
        "NURSE_PRACTITIONER",
        "CLINICAL_NURSE_SPECIALIST",
        "CERTIFIED_REGISTERED_NURSE_ANESTHETIST",
        "ANESTHESIOLOGIST_ASSISTANT",
        "CERTIFIED_NURSE_MIDWIFE"
      })
  void nonPhysicianPractitionersAreCoveredFrom2021(HcpProfession profession) {
    Stakeholder s = hcp(profession, TrainingStatus.PRACTISING);
    assertEquals(
        Coverage.not(ReportabilityReason.NON_PHYSICIAN_PRACTITIONER_BEFORE_2021),
        CoveredRecipients.of(s, 2020));
    assertEquals(
        Coverage.covered(CoveredRecipientType.NON_PHYSICIAN_PRACTITIONER),
        CoveredRecipients.of(s, 2021));
  }

  @ParameterizedTest
  @EnumSource(
      value = HcpProfession.class,
      names = {"PHARMACIST", "REGISTERED_NURSE", "OTHER"})
  void otherProfessionsAreNotCovered(HcpProfession profession) {
    assertEquals(
        Coverage.not(ReportabilityReason.NOT_A_COVERED_PROFESSION),
        CoveredRecipients.of(hcp(profession, TrainingStatus.PRACTISING), 2025));
  }

  @Test
  void residentsAreNotCoveredAndFellowsAre() {
    assertEquals(
        Coverage.not(ReportabilityReason.RESIDENT),
        CoveredRecipients.of(hcp(HcpProfession.PHYSICIAN, TrainingStatus.RESIDENT), 2025));
    assertEquals(
        Coverage.covered(CoveredRecipientType.PHYSICIAN),
        CoveredRecipients.of(hcp(HcpProfession.PHYSICIAN, TrainingStatus.FELLOW), 2025));
  }

  @Test
  void aStakeholderWhoIsNotAnHcpIsNotCovered() {
    Stakeholder buyer =
        Stakeholder.builder()
            .id(StakeholderId.of("b"))
            .name("B")
            .function(StakeholderFunction.PROCUREMENT)
            .build();
    assertEquals(
        Coverage.not(ReportabilityReason.NOT_A_HEALTHCARE_PROFESSIONAL),
        CoveredRecipients.of(buyer, 2025));
  }

  @Test
  void teachingHospitalsAreThoseOnTheYearsList() {
    AccountId hospital = AccountId.of("th-1");
    OpenPaymentsPolicy policy =
        OpenPaymentsPolicy.builder()
            .addTeachingHospitalList(
                new TeachingHospitalList(
                    2025, List.of(new TeachingHospital(hospital, "050454", "UMC"))))
            .build();
    assertEquals(
        Coverage.covered(CoveredRecipientType.TEACHING_HOSPITAL),
        CoveredRecipients.of(hospital, 2025, policy));
    assertEquals(
        Coverage.not(ReportabilityReason.NOT_A_TEACHING_HOSPITAL),
        CoveredRecipients.of(AccountId.of("community"), 2025, policy));
    Coverage unknown = CoveredRecipients.of(hospital, 2026, policy);
    assertEquals(Coverage.not(ReportabilityReason.TEACHING_HOSPITAL_LIST_MISSING), unknown);
    assertTrue(unknown.isUndetermined());
  }

  @Test
  void coverageHasExactlyOneOfTypeAndReason() {
    assertThrows(
        IllegalArgumentException.class, () -> new Coverage(Optional.empty(), Optional.empty()));
  }

  private static Stakeholder practisingIn(String country, String... licenceStates) {
    return Stakeholder.builder()
        .id(StakeholderId.of("s"))
        .name("S")
        .function(StakeholderFunction.CLINICAL)
        .hcp(
            HcpIdentity.builder()
                .profession(HcpProfession.PHYSICIAN)
                .trainingStatus(TrainingStatus.PRACTISING)
                .countryOfPractice(country)
                .addLicenseStates(licenceStates)
                .build())
        .build();
  }

  @Test
  void aPhysicianPractisingAbroadIsCoveredOnlyWithAUsLicence() {
    assertEquals(
        Coverage.not(ReportabilityReason.NO_US_LICENCE),
        CoveredRecipients.of(practisingIn("FR"), 2025));
    assertEquals(
        Coverage.covered(CoveredRecipientType.PHYSICIAN),
        CoveredRecipients.of(practisingIn("FR", "NY"), 2025));
    assertEquals(
        Coverage.covered(CoveredRecipientType.PHYSICIAN),
        CoveredRecipients.of(practisingIn("US"), 2025));
  }
}
