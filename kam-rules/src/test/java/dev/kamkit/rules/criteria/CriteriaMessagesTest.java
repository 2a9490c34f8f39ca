package dev.kamkit.rules.criteria;

import dev.kamkit.model.testing.MessageBundleContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every criteria code and outcome is worded in English, German and French. */
class CriteriaMessagesTest {
  @Test
  void everyCodeAndNameIsWorded() {
    MessageBundleContract.check(List.of(CriteriaCode.values()), List.of(Outcome.class));
  }
}
