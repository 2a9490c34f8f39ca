package dev.kamkit.rules.review;

import dev.kamkit.model.testing.MessageBundleContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every review code and name is worded in English, German and French. */
class ReviewMessagesTest {
  @Test
  void everyCodeAndNameIsWorded() {
    MessageBundleContract.check(
        List.of(ReviewCode.values()),
        List.of(
            Movement.class, ReviewTopic.class, ReviewedScore.class, ReviewedClassification.class));
  }
}
