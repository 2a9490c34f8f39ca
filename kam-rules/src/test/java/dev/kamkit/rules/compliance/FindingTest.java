package dev.kamkit.rules.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.id.AccountId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A finding a compliance officer reads always says what is wrong and where the rule comes from. */
class FindingTest {

  @Test
  void aFindingWithoutAMessageIsRefusedNamingTheField() {
    RuleDescriptor rule = RuleDescriptor.of("demo.rule", Severity.ERROR, "A rule", "House rule");
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class, () -> Finding.of(rule, AccountId.of("a"), List.of(), " "));
    assertEquals(List.of("message"), e.violations().stream().map(ModelViolation::field).toList());
  }
}
