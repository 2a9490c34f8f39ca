package dev.kamkit.rules.evaluation;

import dev.kamkit.model.testing.MessageBundleContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every line of an evaluation's explanation is worded in English, German and French. */
class EvaluationMessagesTest {
  @Test
  void everyCodeIsWorded() {
    MessageBundleContract.check(List.of(EvaluationCode.values()), List.of());
  }
}
