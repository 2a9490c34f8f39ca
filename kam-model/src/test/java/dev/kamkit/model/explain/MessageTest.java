package dev.kamkit.model.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.sample.SampleCode;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MessageTest {

  @Test
  void argumentsMustMatchTheCodesParametersInNumberAndKind() {
    IllegalArgumentException tooFew =
        assertThrows(IllegalArgumentException.class, () -> Message.of(SampleCode.RETIRING));
    assertEquals(
        "message sample.retiring takes 2 arguments [stakeholder:REF, date:DATE], not 0: []",
        tooFew.getMessage());
    IllegalArgumentException wrongKind =
        assertThrows(
            IllegalArgumentException.class,
            () -> Message.of(SampleCode.RELATIONSHIPS, Arg.text("three")));
    assertEquals(
        "message sample.relationships: argument count:COUNT cannot take TEXT Text[text=three]",
        wrongKind.getMessage());
  }

  @Test
  void anArgumentIsFoundByItsName() {
    Message m =
        Message.of(
            SampleCode.RETIRING, Arg.of(StakeholderId.of("s-1")), Arg.of(LocalDate.of(2027, 1, 1)));
    assertEquals(Arg.of(LocalDate.of(2027, 1, 1)), m.arg("date"));
    assertEquals(new Arg.Ref(StakeholderId.of("s-1"), "s-1"), m.arg("stakeholder"));
    assertThrows(IllegalArgumentException.class, () -> m.arg("nobody"));
  }

  @Test
  void messagesAreValuesComparedByCodeAndArguments() {
    assertEquals(
        Message.of(SampleCode.RELATIONSHIPS, Arg.of(2)),
        Message.of(SampleCode.RELATIONSHIPS, Arg.of(2)));
    assertTrue(
        !Message.of(SampleCode.RELATIONSHIPS, Arg.of(2))
            .equals(Message.of(SampleCode.RELATIONSHIPS, Arg.of(3))));
  }

  @Test
  void theOrderIsByCodeThenArgumentValuesNotByWords() {
    Message twoRelationships = Message.of(SampleCode.RELATIONSHIPS, Arg.of(2));
    Message tenRelationships = Message.of(SampleCode.RELATIONSHIPS, Arg.of(10));
    Message smallSpend = Message.of(SampleCode.SPEND, Arg.of(Money.of("9", "USD")), Arg.year(2026));
    Message bigSpend = Message.of(SampleCode.SPEND, Arg.of(Money.of("10", "USD")), Arg.year(2026));
    Message euroSpend = Message.of(SampleCode.SPEND, Arg.of(Money.of("1", "EUR")), Arg.year(2026));
    Message points = Message.of(SampleCode.POINTS, Arg.of(new BigDecimal("1.5")));
    Message role = Message.of(SampleCode.ROLE, Arg.of(SampleCode.Role.ECONOMIC_BUYER));
    Message heldByA =
        Message.of(
            SampleCode.NAMES, Arg.list(Arg.of(TeamMemberId.of("a")), Arg.of(TeamMemberId.of("b"))));
    Message heldByAOnly = Message.of(SampleCode.NAMES, Arg.list(Arg.of(TeamMemberId.of("a"))));
    // "10" sorts before "2" as words, and "two" after "ten": by value, 2 comes first
    List<Message> expected =
        List.of(
            heldByAOnly,
            heldByA,
            points,
            twoRelationships,
            tenRelationships,
            role,
            euroSpend,
            smallSpend,
            bigSpend);
    List<Message> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new Random(7));
    shuffled.sort(Message.ORDER);
    assertEquals(expected, shuffled);
  }
}
