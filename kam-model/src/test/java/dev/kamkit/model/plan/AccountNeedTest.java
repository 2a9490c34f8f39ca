package dev.kamkit.model.plan;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.ModelSubject;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.NeedId;
import org.junit.jupiter.api.Test;

class AccountNeedTest {

  @Test
  void rejectsABlankDescription() {
    assertEquals(
        ModelSubject.of("AccountNeed", Arg.of(NeedId.of("need-1"))),
        assertSingleViolation(
                () ->
                    AccountNeed.builder()
                        .id(NeedId.of("need-1"))
                        .description(" ")
                        .category(NeedCategory.COST_CONTAINMENT)
                        .build(),
                BLANK,
                path("description"),
                "\" \"")
            .subject());
  }
}
