package dev.kamkit.rules.compliance;

import dev.kamkit.model.testing.MessageBundleContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every code and severity of the compliance core is worded in English, German and French. */
class ComplianceMessagesTest {

  @Test
  void everyCodeAndNameIsWorded() {
    MessageBundleContract.check(List.of(ComplianceCode.values()), List.of(Severity.class));
  }
}
