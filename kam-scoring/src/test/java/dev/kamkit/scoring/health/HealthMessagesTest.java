package dev.kamkit.scoring.health;

import dev.kamkit.model.testing.MessageBundleContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every health code and indicator is worded in English, German and French, consistently. */
class HealthMessagesTest {

  @Test
  void everyCodeAndNameIsWorded() {
    MessageBundleContract.check(List.of(HealthCode.values()), List.of(HealthIndicator.class));
  }
}
