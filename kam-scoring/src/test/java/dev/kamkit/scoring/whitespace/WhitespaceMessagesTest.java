package dev.kamkit.scoring.whitespace;

import dev.kamkit.model.testing.MessageBundleContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhitespaceMessagesTest {
  @Test
  void everyCodeAndNameIsWorded() {
    MessageBundleContract.check(List.of(WhitespaceCode.values()), List.of());
  }
}
