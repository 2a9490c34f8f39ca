package dev.kamkit.scoring.coverage;

import dev.kamkit.model.testing.MessageBundleContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageMessagesTest {
  @Test
  void everyCodeAndNameIsWorded() {
    MessageBundleContract.check(List.of(CoverageCode.values()), List.of(AccountScale.class));
  }
}
