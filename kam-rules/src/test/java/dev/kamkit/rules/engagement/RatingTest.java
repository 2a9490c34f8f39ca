package dev.kamkit.rules.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A host's rating as its CRM spells it: a code, a constant name, or 1 to 5. */
class RatingTest {
  @Test
  void aRatingIsReadFromItsCodeItsNameOrItsNumber() {
    assertEquals("very-high", Rating.VERY_HIGH.code());
    assertEquals(Optional.of(Rating.VERY_HIGH), Rating.parse("very-high"));
    assertEquals(Optional.of(Rating.VERY_HIGH), Rating.parse(" Very High "));
    assertEquals(Optional.of(Rating.LOW), Rating.parse("LOW"));
    assertEquals(Optional.of(Rating.VERY_LOW), Rating.parse("1"));
    assertEquals(Optional.of(Rating.MEDIUM), Rating.parse("3"));
    assertEquals(Optional.of(Rating.VERY_HIGH), Rating.parse("5"));
    assertEquals(Optional.empty(), Rating.parse("0"));
    assertEquals(Optional.empty(), Rating.parse("6"));
    assertEquals(Optional.empty(), Rating.parse("extreme"));
    for (Rating r : Rating.values()) {
      assertEquals(Optional.of(r), Rating.parse(r.code()), r.name());
    }
  }
}
