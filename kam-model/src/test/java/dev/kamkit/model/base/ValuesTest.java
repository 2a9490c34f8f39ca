package dev.kamkit.model.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.Sentiment;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A checked value becomes the typed argument of its kind, and a key reads as a person reads it. */
class ValuesTest {

  @Test
  void eachKindOfValueBecomesItsArgument() {
    StakeholderId s = StakeholderId.of("s-1");
    Message m = Message.of(ModelCode.BLANK);
    assertNull(Values.arg(null));
    assertNull(Values.arg(Optional.empty()));
    assertEquals(Arg.of(s), Values.arg(Optional.of(s)));
    assertEquals(Arg.text("x"), Values.arg(Arg.text("x")));
    assertEquals(Arg.of(s), Values.arg(s));
    assertEquals(Arg.text("abc"), Values.arg(new StringBuilder("abc")));
    assertEquals(Arg.of(7), Values.arg(7));
    assertEquals(Arg.of(7), Values.arg(7L));
    assertEquals(Arg.of(7), Values.arg((short) 7));
    assertEquals(Arg.of(7), Values.arg((byte) 7));
    assertEquals(Arg.of(new BigDecimal("1.50")), Values.arg(new BigDecimal("1.50")));
    assertEquals(Arg.of(new BigDecimal("12")), Values.arg(BigInteger.valueOf(12)));
    assertEquals(Arg.of(LocalDate.of(2026, 1, 2)), Values.arg(LocalDate.of(2026, 1, 2)));
    assertEquals(Arg.of(Money.of("3.00", "EUR")), Values.arg(Money.of("3.00", "EUR")));
    assertEquals(Arg.of(Sentiment.ADVOCATE), Values.arg(Sentiment.ADVOCATE));
    assertEquals(Arg.of(m), Values.arg(m));
    assertEquals(Arg.text("t"), Values.arg(AttributeValue.text("t")));
    assertEquals(
        Arg.of(new BigDecimal("2")), Values.arg(AttributeValue.number(new BigDecimal("2"))));
    assertEquals(
        Arg.of(LocalDate.of(2026, 3, 4)),
        Values.arg(AttributeValue.date(LocalDate.of(2026, 3, 4))));
    assertEquals(Arg.text("true"), Values.arg(AttributeValue.flag(true)));
    assertEquals(Arg.list(Arg.of(1), Arg.text("a")), Values.arg(Arrays.asList(1, null, "a")));
    assertEquals(Arg.text("2.5"), Values.arg(2.5d), "doubles and host objects keep their text");
  }

  @Test
  void aKeyIsItsPartsAndReadsJoinedByCommas() {
    assertEquals(List.of(), Values.key(null));
    assertEquals(List.of(Arg.text("k")), Values.key("k"));
    List<Arg> composite = Values.key(Arrays.asList(StakeholderId.of("a"), null, 3));
    assertEquals(List.of(Arg.of(StakeholderId.of("a")), Arg.of(3)), composite);
    StringBuilder text = new StringBuilder();
    Values.appendKey(
        text,
        List.of(
            Arg.of(StakeholderId.of("a"), "Ann"),
            Arg.text("t"),
            Arg.of(2),
            Arg.of(new BigDecimal("1E+2")),
            Arg.of(Money.of("1.00", "USD")),
            Arg.of(LocalDate.of(2026, 1, 2)),
            Arg.year(2026),
            Arg.of(Sentiment.ADVOCATE),
            Arg.of(Message.of(ModelCode.BLANK)),
            Arg.list(Arg.text("b"), Arg.text("c"))));
    assertEquals(
        "a, t, 2, 100, 1.00 USD, 2026-01-02, 2026, ADVOCATE, must not be blank, [b, c]",
        text.toString());
  }
}
