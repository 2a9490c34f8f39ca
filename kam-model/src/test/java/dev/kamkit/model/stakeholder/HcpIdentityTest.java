package dev.kamkit.model.stakeholder;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.ModelViolation;
import org.junit.jupiter.api.Test;

class HcpIdentityTest {

  private static HcpIdentity.Builder physician() {
    return HcpIdentity.builder().profession(HcpProfession.PHYSICIAN).npi(Npi.of("1234567893"));
  }

  @Test
  void isPractisingUntilSaidOtherwise() {
    assertEquals(TrainingStatus.PRACTISING, physician().build().trainingStatus());
  }

  @Test
  void rejectsALicenceStateThatIsNotATwoLetterCode() {
    ModelViolation v =
        assertSingleViolation(
            () -> physician().addLicenseStates("OH", "Ohio").build(), "licenseStates", "\"Ohio\"");
    assertEquals("HcpIdentity 1234567893", v.subject());
  }

  @Test
  void rejectsACountryOfPracticeThatIsNotTwoCapitalLetters() {
    assertSingleViolation(
        () -> physician().countryOfPractice("de").build(), "countryOfPractice", "\"de\"");
  }

  @Test
  void rejectsABlankSpecialtyOrRegistration() {
    assertSingleViolation(() -> physician().specialty(" ").build(), "specialty", "\" \"");
    assertSingleViolation(
        () -> physician().nationalRegistration("").build(), "nationalRegistration", "\"\"");
  }

  @Test
  void recordsEuropeanDisclosureConsent() {
    HcpIdentity identity =
        HcpIdentity.builder()
            .profession(HcpProfession.PHYSICIAN)
            .countryOfPractice("DE")
            .nationalRegistration("LANR 123456701")
            .disclosureConsent(false)
            .build();
    assertEquals(false, identity.disclosureConsent().get());
  }

  @Test
  void withoutAnNpiViolationsNameTheTypeAlone() {
    ModelViolation v =
        assertSingleViolation(
            () ->
                HcpIdentity.builder()
                    .profession(HcpProfession.PHARMACIST)
                    .addLicenseState("oh")
                    .build(),
            "licenseStates",
            "\"oh\"");
    assertEquals("HcpIdentity", v.subject());
  }
}
