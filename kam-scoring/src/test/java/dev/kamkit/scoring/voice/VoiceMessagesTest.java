package dev.kamkit.scoring.voice;

import dev.kamkit.model.testing.MessageBundleContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoiceMessagesTest {
  @Test
  void everyCodeIsWorded() {
    MessageBundleContract.check(List.of(VoiceCode.values()), List.of());
  }
}
