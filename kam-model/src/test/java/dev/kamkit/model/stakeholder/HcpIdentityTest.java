package dev.kamkit.model.stakeholder;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.HCP_STATE_CODE;
import static dev.kamkit.model.base.ModelCode.NOT_A_COUNTRY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.ModelSubject;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
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
            () -> physician().addLicenseStates("OH", "Ohio").build(),
            HCP_STATE_CODE,
            path("licenseStates").element(1),
            "\"Ohio\"");
    assertEquals(ModelSubject.of("HcpIdentity", Arg.text("1234567893")), v.subject());
  }

  @Test
  void rejectsACountryOfPracticeThatIsNotTwoCapitalLetters() {
    assertSingleViolation(
        () -> physician().countryOfPractice("de").build(),
        NOT_A_COUNTRY,
        path("countryOfPractice"),
        "\"de\"");
  }

  @Test
  void rejectsABlankSpecialtyOrRegistration() {
    assertSingleViolation(
        () -> physician().specialty(" ").build(), BLANK, path("specialty"), "\" \"");
    assertSingleViolation(
        () -> physician().nationalRegistration("").build(),
        BLANK,
        path("nationalRegistration"),
        "\"\"");
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
            HCP_STATE_CODE,
            path("licenseStates").element(0),
            "\"oh\"");
    assertEquals(ModelSubject.of("HcpIdentity"), v.subject());
  }
}
