package dev.kamkit.rules.engagement;

import dev.kamkit.model.testing.MessageBundleContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every engagement code and every name of the package's enums, in English, German and French. */
class EngagementMessagesTest {

  @Test
  void everyCodeAndNameIsWorded() {
    MessageBundleContract.check(
        List.of(EngagementCode.values()),
        List.of(
            Axis.class,
            AxisLevel.class,
            Rating.class,
            Factor.class,
            GridQuadrant.class,
            EngagementModel.class,
            RecommendationRole.class,
            InputSource.class,
            EffortMeasure.class,
            SamPractice.class));
  }
}
