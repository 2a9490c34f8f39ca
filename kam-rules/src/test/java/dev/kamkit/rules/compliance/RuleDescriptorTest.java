package dev.kamkit.rules.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule ids are dotted lower-case words, so catalogues and findings can be grepped and sorted. */
class RuleDescriptorTest {

  @Test
  void anIdThatIsNotDottedLowerCaseWordsIsRefused() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> RuleDescriptor.of("Demo Rule", Severity.ERROR, "A rule", "House rule"));
    assertEquals(List.of("id"), e.violations().stream().map(ModelViolation::field).toList());
    assertEquals(
        "demo.rule-1", RuleDescriptor.of("demo.rule-1", Severity.INFO, "A rule", "x").id());
  }
}
