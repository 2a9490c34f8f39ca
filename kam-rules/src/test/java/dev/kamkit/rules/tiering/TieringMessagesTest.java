package dev.kamkit.rules.tiering;

import dev.kamkit.model.testing.MessageBundleContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every tiering code is worded in English, German and French. */
class TieringMessagesTest {
  @Test
  void everyCodeAndNameIsWorded() {
    MessageBundleContract.check(List.of(TieringCode.values()), List.of());
  }
}
