package dev.kamkit.scoring;

import dev.kamkit.model.testing.MessageBundleContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringMessagesTest {

  @Test
  void everyCodeAndNameIsWorded() {
    MessageBundleContract.check(
        List.of(ScoreCode.values()), List.of(Effect.class, RagStatus.class));
  }
}
