package dev.kamkit.model.base;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FactKeyTest {
  enum Grade implements FactCode {
    GOLD,
    SILVER;

    @Override
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Test
  void aCodeKeyListsEveryValueInDeclarationOrder() {
    FactKey<Grade> grade = FactKey.code("x.grade", Grade.class);
    assertEquals(List.of(Grade.GOLD, Grade.SILVER), grade.values());
    assertEquals(List.of("gold", "silver"), grade.codes());
    assertEquals(Grade.class, grade.valueType());
    assertEquals(FactKey.Kind.CODE, grade.kind());
    assertEquals(List.of(), FactKey.text("x.note").values());
  }

  @Test
  void aCountIsAWholeNumberOfAtLeastOne() {
    FactKey<Long> nights = FactKey.count("x.nights");
    assertEquals(FactKey.Kind.COUNT, nights.kind());
    assertEquals(Long.class, nights.valueType());
    assertEquals(1L, Fact.of(nights, 1L).value());
    assertSingleViolation(
        () -> Fact.of(nights, 0L),
        ModelCode.NOT_POSITIVE,
        FieldPath.of("facts").entry("x.nights"),
        "0");
  }

  @Test
  void aMoneyKeyTakesAnAmountAboveZero() {
    FactKey<Money> loan = FactKey.money("x.loanValue");
    assertEquals(FactKey.Kind.MONEY, loan.kind());
    assertEquals(Money.class, loan.valueType());
    assertEquals(Money.of("0.01", "USD"), Fact.of(loan, Money.of("0.01", "USD")).value());
    assertSingleViolation(
        () -> Fact.of(loan, Money.of("0", "USD")),
        ModelCode.NOT_POSITIVE,
        FieldPath.of("facts").entry("x.loanValue"),
        "0.00 USD");
  }

  @Test
  void keysAreEqualByNameKindAndValueTypeAndShownByName() {
    assertEquals(FactKey.days("x.days"), FactKey.days("x.days"));
    assertEquals(FactKey.days("x.days").hashCode(), FactKey.days("x.days").hashCode());
    assertNotEquals(FactKey.days("x.days"), FactKey.count("x.days"));
    assertNotEquals(FactKey.days("x.days"), FactKey.text("x.days"));
    assertNotEquals(FactKey.days("x.days"), FactKey.days("x.nights"));
    assertNotEquals(FactKey.positiveNumber("x.n"), FactKey.money("x.n"));
    assertNotEquals(FactKey.days("x.days"), (Object) "x.days");
    assertEquals("x.days", FactKey.days("x.days").toString());
  }

  @Test
  void keysOfDifferentNamesSpreadOverAHashTable() {
    // a constant hash code would keep equals consistent but turn every key-indexed map into a list
    assertNotEquals(FactKey.days("x.days").hashCode(), FactKey.days("x.nights").hashCode());
    assertNotEquals(FactKey.flag("fr.kind").hashCode(), FactKey.flag("us.kind").hashCode());
  }
}
