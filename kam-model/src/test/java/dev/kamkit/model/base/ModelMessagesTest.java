package dev.kamkit.model.base;

import dev.kamkit.model.testing.MessageBundleContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every model violation code and every referent is worded in English, German and French. */
class ModelMessagesTest {

  @Test
  void everyCodeAndNameIsWorded() {
    MessageBundleContract.check(List.of(ModelCode.values()), List.of(Referent.class));
  }
}
