package dev.kamkit.scoring.committee;

import dev.kamkit.model.testing.MessageBundleContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitteeMessagesTest {
  @Test
  void everyCodeIsWorded() {
    MessageBundleContract.check(List.of(CommitteeCode.values()), List.of());
  }
}
