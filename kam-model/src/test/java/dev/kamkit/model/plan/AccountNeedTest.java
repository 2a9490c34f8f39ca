package dev.kamkit.model.plan;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.id.NeedId;
import org.junit.jupiter.api.Test;

class AccountNeedTest {

  @Test
  void rejectsABlankDescription() {
    assertEquals(
        "AccountNeed need-1",
        assertSingleViolation(
                () ->
                    AccountNeed.builder()
                        .id(NeedId.of("need-1"))
                        .description(" ")
                        .category(NeedCategory.COST_CONTAINMENT)
                        .build(),
                "description",
                "\" \"")
            .subject());
  }
}
