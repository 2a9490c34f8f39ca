package dev.kamkit.model.engagement;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.NOT_A_COUNTRY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TravelDestinationTest {

  private static TravelDestination.Builder chicago() {
    return TravelDestination.builder().city("Chicago").state("IL").country("US");
  }

  @Test
  void recordsCityStateAndCountry() {
    assertEquals("IL", chicago().build().state().get());
  }

  @Test
  void rejectsACountryThatIsNotTwoCapitalLetters() {
    assertSingleViolation(
        () -> chicago().country("USA").build(), NOT_A_COUNTRY, path("country"), "\"USA\"");
    assertSingleViolation(
        () -> chicago().country("us").build(), NOT_A_COUNTRY, path("country"), "\"us\"");
  }

  @Test
  void rejectsABlankCityOrState() {
    assertSingleViolation(() -> chicago().city(" ").build(), BLANK, path("city"), "\" \"");
    assertSingleViolation(() -> chicago().state("").build(), BLANK, path("state"), "\"\"");
  }
}
