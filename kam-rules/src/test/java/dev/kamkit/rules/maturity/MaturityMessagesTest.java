package dev.kamkit.rules.maturity;

import dev.kamkit.model.testing.MessageBundleContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every maturity and relationship code, stage, criterion and structure is worded in every language.
 */
class MaturityMessagesTest {
  @Test
  void everyCodeAndNameIsWorded() {
    MessageBundleContract.check(
        List.of(MaturityCode.values()),
        List.of(
            MaturityStage.class,
            MaturityCriterion.class,
            RelationshipStage.class,
            ContactStructure.class));
  }
}
