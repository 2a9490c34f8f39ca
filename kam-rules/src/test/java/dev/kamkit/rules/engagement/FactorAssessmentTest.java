package dev.kamkit.rules.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A factor's rating is present exactly when someone assessed it, and its line says who. */
class FactorAssessmentTest {
  private static final Message HOST = Message.of(EngagementCode.BASIS_HOST);

  @Test
  void aRatingMarkedNotAssessedIsRefusedNamingTheRating() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                FactorAssessment.of(
                    Factor.UNMET_NEED, Optional.of(Rating.HIGH), InputSource.NOT_ASSESSED, HOST));
    assertEquals(List.of("rating"), e.violations().stream().map(ModelViolation::field).toList());
  }

  @Test
  void theLineNamesTheFactorItsRatingAndItsBasisUnderTheCodeOfItsSource() {
    FactorAssessment host =
        FactorAssessment.of(Factor.UNMET_NEED, Optional.of(Rating.HIGH), InputSource.HOST, HOST);
    assertEquals(
        Message.of(
            EngagementCode.FACTOR_HOST,
            Arg.of(Factor.UNMET_NEED),
            Arg.of(Rating.HIGH),
            Arg.of(HOST)),
        host.message());
    assertEquals("Unmet need: high (rated by the host)", host.explain());

    Message beds = Message.of(EngagementCode.BASIS_BEDS, Arg.of(300));
    FactorAssessment data =
        FactorAssessment.of(
            Factor.PATIENT_POPULATION, Optional.of(Rating.MEDIUM), InputSource.DATA, beds);
    assertEquals("engagement.factor.data", data.message().code().code());
    assertEquals(Arg.of(Rating.MEDIUM), data.message().arg("rating"));
    assertEquals(Arg.of(beds), data.message().arg("basis"));

    Message none = Message.of(EngagementCode.BASIS_HOST_ONLY);
    FactorAssessment unrated =
        FactorAssessment.of(
            Factor.DIFFERENTIATION, Optional.empty(), InputSource.NOT_ASSESSED, none);
    assertEquals(
        Message.of(
            EngagementCode.FACTOR_NOT_ASSESSED, Arg.of(Factor.DIFFERENTIATION), Arg.of(none)),
        unrated.message());
  }
}
