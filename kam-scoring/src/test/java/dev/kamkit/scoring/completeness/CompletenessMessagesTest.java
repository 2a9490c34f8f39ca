package dev.kamkit.scoring.completeness;

import dev.kamkit.model.testing.MessageBundleContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletenessMessagesTest {
  @Test
  void everyCodeAndNameIsWorded() {
    MessageBundleContract.check(List.of(CompletenessCode.values()), List.of(ProfileFact.class));
  }
}
