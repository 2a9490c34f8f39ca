package dev.kamkit.model.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.explain.sample.SampleCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {
  private static final Message HEADLINE = Message.of(SampleCode.RELATIONSHIPS, Arg.of(2));
  private static final Message DETAIL = Message.of(SampleCode.COMPETITOR, Arg.text("Rivalis"));

  @Test
  void detailsGivenAsAListOrOneByOneMakeTheSameExplanation() {
    Explanation detail = Explanation.of(DETAIL);
    Explanation fromList = Explanation.of(HEADLINE, List.of(detail));
    assertEquals(HEADLINE, fromList.line());
    assertEquals(List.of(detail), fromList.details());
    assertEquals(Explanation.of(HEADLINE, detail), fromList);
    assertEquals(List.of(), Explanation.of(HEADLINE).details());
  }

  @Test
  void holdsACopyOfItsDetails() {
    List<Explanation> details = new ArrayList<>(List.of(Explanation.of(DETAIL)));
    Explanation e = Explanation.of(HEADLINE, details);
    details.clear();
    assertEquals(1, e.details().size());
    assertThrows(UnsupportedOperationException.class, () -> e.details().clear());
    assertThrows(NullPointerException.class, () -> Explanation.of(null, List.of()));
  }
}
