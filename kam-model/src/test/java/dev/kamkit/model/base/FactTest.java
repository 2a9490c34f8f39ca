package dev.kamkit.model.base;

import static dev.kamkit.model.base.ModelAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactTest {
  enum Colour implements FactCode {
    DARK_RED;

    @Override
    public String code() {
      return "dark-red";
    }
  }

  static final FactKey<Colour> COLOUR = FactKey.code("x.colour", Colour.class);
  static final FactKey<Long> DAYS = FactKey.days("x.days");
  static final FactKey<String> NOTE = FactKey.text("x.note");
  static final FactKey<Boolean> FLAG = FactKey.flag("x.flag");
  static final List<FactKey<?>> KEYS = List.of(COLOUR, DAYS, NOTE, FLAG);

  @Test
  void aKeyKnowsItsCodes() {
    assertEquals(List.of("dark-red"), COLOUR.codes());
    assertEquals(Optional.of(Colour.DARK_RED), COLOUR.valueOf("dark-red"));
    assertEquals(Optional.empty(), COLOUR.valueOf("DARK_RED"));
    assertEquals(FactKey.Kind.CODE, COLOUR.kind());
    assertEquals(List.of(), DAYS.codes());
  }

  @Test
  void valuesOutsideTheKeysRangeAreRejectedWhereTheFactIsMade() {
    assertEquals(
        ModelCode.NOT_POSITIVE, assertInvalid(() -> Fact.of(DAYS, 0L)).violations().get(0).code());
    assertEquals(
        FieldPath.of("facts").entry("x.days"),
        assertInvalid(() -> Fact.of(DAYS, 0L)).violations().get(0).path());
    assertEquals(
        ModelCode.BLANK, assertInvalid(() -> Fact.of(NOTE, " ")).violations().get(0).code());
    assertEquals(
        ModelCode.NOT_POSITIVE,
        assertInvalid(() -> Fact.of(FactKey.positiveNumber("x.n"), BigDecimal.ZERO))
            .violations()
            .get(0)
            .code());
    assertEquals(1L, Fact.of(DAYS, 1L).value());
    assertEquals(
        LocalDate.of(2025, 1, 1), Fact.of(FactKey.date("x.d"), LocalDate.of(2025, 1, 1)).value());
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aRawKeyCannotSmuggleAValueOfAnotherType() {
    FactKey raw = DAYS;
    assertEquals(
        ModelCode.FACT_WRONG_TYPE,
        assertInvalid(() -> Fact.of(raw, "60")).violations().get(0).code());
  }

  @Test
  void aKeyNameIsDottedWords() {
    assertEquals(
        ModelCode.NOT_DOTTED,
        assertInvalid(() -> FactKey.text("x kind")).violations().get(0).code());
    assertEquals(
        "kamkit.engagement.unmet-need", FactKey.flag("kamkit.engagement.unmet-need").name());
  }

  @Test
  void theReaderReadsTypedFactsAndAbsentIsEmpty() {
    FactReader r = FactReader.of(Set.of(Fact.of(COLOUR, Colour.DARK_RED)), Map.of(), "x.", KEYS);
    assertEquals(Optional.of(Colour.DARK_RED), r.get(COLOUR));
    assertEquals(Optional.empty(), r.get(DAYS));
    assertTrue(r.has(COLOUR));
    assertFalse(r.has(DAYS));
    assertEquals(List.of(), r.problems());
  }

  @Test
  void anAttributeUnderAFactsNameIsMovedNeverRead() {
    FactReader r =
        FactReader.of(
            Set.of(),
            Map.of(
                "x.days", AttributeValue.number("60"),
                "x.dayz", AttributeValue.number("60"),
                "crm.segment", AttributeValue.text("A")),
            "x.",
            KEYS);
    assertEquals(Optional.empty(), r.get(DAYS));
    Arg known = Arg.list(List.of("x.colour", "x.days", "x.note", "x.flag"), Arg::text);
    assertEquals(
        List.of(
            Message.of(
                ModelCode.ATTRIBUTE_MOVED, Arg.text("x.days"), Arg.text("facts[\"x.days\"]")),
            Message.of(ModelCode.FACT_UNKNOWN, Arg.text("x.dayz"), known)),
        r.problems());
  }

  @Test
  void aFactWithThePrefixThatIsNoKeyOfTheReaderIsUnknown() {
    FactReader r =
        FactReader.of(Set.of(Fact.of(FactKey.text("x.other"), "y")), Map.of(), "x.", KEYS);
    assertEquals(ModelCode.FACT_UNKNOWN, r.problems().get(0).code());
    ModelCheck check = r.recordOn(ModelCheck.of("Account", "a1"));
    InvalidModelException e = assertInvalid(check::throwIfInvalid);
    assertEquals(FieldPath.of("facts").entry("x.other"), e.violations().get(0).path());
  }

  @Test
  void movedToFieldsNamesTheField() {
    assertEquals(
        List.of(Message.of(ModelCode.ATTRIBUTE_MOVED, Arg.text("old"), Arg.text("field"))),
        FactReader.movedToFields(
            Map.of("old", AttributeValue.flag(true), "other", AttributeValue.flag(true)),
            Map.of("old", "field")));
  }
}
