package dev.kamkit.rules.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A factor's rating is present exactly when someone assessed it. */
class FactorAssessmentTest {

  @Test
  void aRatingMarkedNotAssessedIsRefusedNamingTheRating() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                FactorAssessment.of(
                    Factor.UNMET_NEED, Optional.of(Rating.HIGH), InputSource.NOT_ASSESSED, "x"));
    assertEquals(List.of("rating"), e.violations().stream().map(ModelViolation::field).toList());
    assertEquals(
        "Unmet need: high (rated by the host)",
        FactorAssessment.of(
                Factor.UNMET_NEED, Optional.of(Rating.HIGH), InputSource.HOST, "rated by the host")
            .explain());
  }
}
