package dev.kamkit.model.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.explain.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactReaderTest {
  private static final FactKey<Long> DAYS = FactKey.days("x.days");
  private static final FactKey<String> NOTE = FactKey.text("x.note");

  @Test
  void aRecordWithoutFactsOrAttributesReadsEmptyWithoutProblems() {
    FactReader r = FactReader.of(Set.of(), Map.of(), "x.", List.of(DAYS, NOTE));
    assertEquals(Optional.empty(), r.get(DAYS));
    assertFalse(r.has(DAYS));
    assertEquals(List.of(), r.problems());
    ModelCheck check = ModelCheck.of("Account", "a1");
    assertEquals(List.of(), r.recordOn(check).violations());
  }

  @Test
  void hasNeedsTheKeyItselfNotJustItsName() {
    // a fact recorded under the name of a reader's key but of another kind is not that key's fact
    FactKey<String> daysAsText = FactKey.text("x.days");
    FactReader r =
        FactReader.of(Set.of(Fact.of(daysAsText, "sixty")), Map.of(), "x.", List.of(DAYS));
    assertFalse(r.has(DAYS));
    assertEquals(Optional.empty(), r.get(DAYS));
    assertTrue(r.has(daysAsText));
    assertEquals(
        List.of(ModelCode.FACT_UNKNOWN), r.problems().stream().map(Message::code).toList());
  }
}
