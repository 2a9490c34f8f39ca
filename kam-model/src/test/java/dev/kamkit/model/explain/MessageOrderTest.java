package dev.kamkit.model.explain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.sample.SampleCode;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of argument orders by its value, and equal values compare equal. */
class MessageOrderTest {

  private static void ascending(Arg... args) {
    for (int i = 0; i < args.length; i++) {
      for (int j = 0; j < args.length; j++) {
        int c = MessageOrder.compare(args[i], args[j]);
        assertTrue(
            Integer.signum(c) == Integer.compare(i, j), args[i] + " vs " + args[j] + " gave " + c);
      }
    }
  }

  @Test
  void everyKindOrdersByItsValue() {
    ascending(
        Arg.of(StakeholderId.of("a")), Arg.of(TeamMemberId.of("a")), Arg.of(StakeholderId.of("b")));
    ascending(Arg.text("a"), Arg.text("b"));
    ascending(Arg.of(2), Arg.of(10));
    ascending(Arg.of(new BigDecimal("1.5")), Arg.of(new BigDecimal("10")));
    ascending(
        Arg.of(Money.of("5", "EUR")), Arg.of(Money.of("1", "USD")), Arg.of(Money.of("9", "USD")));
    ascending(Arg.of(LocalDate.of(2026, 1, 2)), Arg.of(LocalDate.of(2026, 10, 1)));
    ascending(Arg.year(2025), Arg.year(2026));
    ascending(Arg.of(ArgKind.TEXT), Arg.of(ArgKind.COUNT), Arg.of(SampleCode.Role.ECONOMIC_BUYER));
    ascending(
        Arg.of(Message.of(SampleCode.RELATIONSHIPS, Arg.of(1))),
        Arg.of(Message.of(SampleCode.RELATIONSHIPS, Arg.of(2))));
    ascending(
        Arg.list(Arg.text("a")), Arg.list(Arg.text("a"), Arg.text("b")), Arg.list(Arg.text("b")));
  }

  @Test
  void differentKindsOrderByKind() {
    ascending(Arg.of(StakeholderId.of("z")), Arg.text("a"), Arg.of(1), Arg.list(List.of()));
  }
}
