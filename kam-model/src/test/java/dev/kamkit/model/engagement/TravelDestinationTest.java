package dev.kamkit.model.engagement;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
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
    assertSingleViolation(() -> chicago().country("USA").build(), "country", "\"USA\"");
    assertSingleViolation(() -> chicago().country("us").build(), "country", "\"us\"");
  }

  @Test
  void rejectsABlankCityOrState() {
    assertSingleViolation(() -> chicago().city(" ").build(), "city", "\" \"");
    assertSingleViolation(() -> chicago().state("").build(), "state", "\"\"");
  }
}
