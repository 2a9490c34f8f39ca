package dev.kamkit.model.base;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class ModelCheckTest {
  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate JAN_2 = LocalDate.of(2026, 1, 2);

  private static ModelCheck check() {
    return ModelCheck.of("Action", "a-1");
  }

  private static ModelViolation only(ModelCheck check) {
    List<ModelViolation> violations = check.violations();
    assertEquals(1, violations.size(), () -> violations.toString());
    return violations.get(0);
  }

  @Test
  void namesTheSubjectByTypeAndId() {
    assertEquals("Action a-1", check().subject());
    assertEquals("Portfolio", ModelCheck.of("Portfolio", null).subject());
  }

  @Test
  void aCheckWithoutViolationsDoesNotThrow() {
    ModelCheck check = check().nonBlank("title", "Call Dr. Chen").between("tier", 3, 1, 9);
    assertEquals(List.of(), check.violations());
    assertDoesNotThrow(check::throwIfInvalid);
  }

  @Test
  void requireRecordsTheFieldTheShownValueAndTheProblem() {
    ModelViolation v = only(check().require(false, "title", "x", "is wrong"));
    assertEquals(new ModelViolation("Action a-1", "title", "\"x\"", "is wrong"), v);
    assertEquals(List.of(), check().require(true, "title", "x", "is wrong").violations());
  }

  @Test
  void nonBlankRejectsEmptyAndWhitespaceText() {
    assertEquals("\"\"", only(check().nonBlank("title", "")).value());
    assertEquals("\" \t\"", only(check().nonBlank("title", " \t")).value());
    assertEquals("must not be blank", only(check().nonBlank("title", " ")).problem());
  }

  @Test
  void nonBlankAcceptsAnAbsentOptionalButNotABlankOne() {
    assertEquals(List.of(), check().nonBlank("rationale", Optional.empty()).violations());
    assertEquals("rationale", only(check().nonBlank("rationale", Optional.of(" "))).field());
  }

  @Test
  void allNonBlankNamesEachBlankElementByIndex() {
    List<ModelViolation> v =
        check().allNonBlank("painPoints", List.of("slow biopsy", "", "ok", " ")).violations();
    assertEquals(2, v.size());
    assertEquals("painPoints[1]", v.get(0).field());
    assertEquals("painPoints[3]", v.get(1).field());
  }

  @Test
  void betweenIncludesBothBounds() {
    assertEquals(List.of(), check().between("tier", 1, 1, 9).between("tier", 9, 1, 9).violations());
    ModelViolation below = only(check().between("tier", 0, 1, 9));
    assertEquals("0", below.value());
    assertEquals("must be between 1 and 9", below.problem());
    assertEquals("10", only(check().between("tier", 10, 1, 9)).value());
  }

  @Test
  void betweenSkipsAnAbsentOptional() {
    assertEquals(List.of(), check().between("tier", Optional.<Integer>empty(), 1, 9).violations());
    assertEquals("12", only(check().between("tier", Optional.of(12), 1, 9)).value());
  }

  @Test
  void notNegativeAcceptsZero() {
    assertEquals(List.of(), check().notNegative("beds", 0).violations());
    assertEquals("-1", only(check().notNegative("beds", -1)).value());
    assertEquals(List.of(), check().notNegative("beds", Optional.<Integer>empty()).violations());
    assertEquals("-5", only(check().notNegative("beds", Optional.of(-5))).value());
  }

  @Test
  void notBeforeAcceptsTheSameDay() {
    assertEquals(List.of(), check().notBefore("dueDate", JAN_1, "startDate", JAN_1).violations());
    assertEquals(List.of(), check().notBefore("dueDate", JAN_2, "startDate", JAN_1).violations());
  }

  @Test
  void notBeforeNamesTheDateAndTheFloor() {
    ModelViolation v = only(check().notBefore("dueDate", JAN_1, "startDate", JAN_2));
    assertEquals("dueDate", v.field());
    assertEquals("2026-01-01", v.value());
    assertEquals("must not be before startDate 2026-01-02", v.problem());
  }

  @Test
  void notBeforeSkipsWhenEitherDateIsAbsent() {
    Optional<LocalDate> none = Optional.empty();
    assertEquals(List.of(), check().notBefore("dueDate", none, "startDate", JAN_2).violations());
    assertEquals(
        List.of(),
        check().notBefore("dueDate", Optional.of(JAN_1), "startDate", none).violations());
  }

  @Test
  void uniqueReportsEachSharedKeyOnce() {
    List<String> ids = List.of("a", "b", "a", "c", "a", "b");
    List<ModelViolation> v = check().unique("actions.id", ids, Function.identity()).violations();
    assertEquals(2, v.size());
    assertEquals("\"a\"", v.get(0).value());
    assertEquals("\"b\"", v.get(1).value());
    assertEquals("actions.id", v.get(0).field());
  }

  @Test
  void attributeKeysRejectsBlankAndPaddedKeys() {
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    attributes.put("veeva.Segment__c", AttributeValue.text("A"));
    attributes.put(" padded", AttributeValue.flag(true));
    attributes.put("", AttributeValue.flag(true));
    List<ModelViolation> v = check().attributeKeys(attributes).violations();
    assertEquals(2, v.size());
    assertEquals("\" padded\"", v.get(0).value());
    assertEquals("\"\"", v.get(1).value());
  }

  @Test
  void addAllAppendsViolationsFoundElsewhere() {
    ModelViolation nested = new ModelViolation("Site s-1", "name", "\"\"", "must not be blank");
    List<ModelViolation> v = check().nonBlank("title", "").addAll(List.of(nested)).violations();
    assertEquals(2, v.size());
    assertSame(nested, v.get(1));
  }

  @Test
  void addingNoViolationsLeavesACleanCheckClean() {
    ModelCheck check = check().addAll(List.of());
    assertDoesNotThrow(check::throwIfInvalid);
    assertEquals(List.of(), check.violations());
  }

  @Test
  void throwsEveryViolationAtOnceInTheOrderFound() {
    ModelCheck check =
        check()
            .nonBlank("title", " ")
            .notBefore("dueDate", JAN_1, "startDate", JAN_2)
            .between("priority", 7, 1, 5);
    InvalidModelException e = assertThrows(InvalidModelException.class, check::throwIfInvalid);
    assertEquals(
        List.of("title", "dueDate", "priority"),
        e.violations().stream().map(ModelViolation::field).toList());
  }

  @Test
  void violationsIsASnapshot() {
    ModelCheck check = check().nonBlank("title", "");
    List<ModelViolation> before = check.violations();
    check.nonBlank("name", "");
    assertEquals(1, before.size());
    assertThrows(UnsupportedOperationException.class, () -> before.add(before.get(0)));
  }

  @Test
  void showQuotesTextAndMarksAbsentValues() {
    assertEquals("\"Dr. Chen\"", ModelCheck.show("Dr. Chen"));
    assertEquals("\"sb\"", ModelCheck.show(new StringBuilder("sb")));
    assertEquals(ModelCheck.MISSING, ModelCheck.show(null));
    assertEquals(ModelCheck.MISSING, ModelCheck.show(Optional.empty()));
    assertEquals("\"x\"", ModelCheck.show(Optional.of("x")));
    assertEquals("42", ModelCheck.show(Optional.of(42)));
    assertEquals("2026-01-01", ModelCheck.show(JAN_1));
    assertTrue(ModelCheck.MISSING.startsWith("<"));
  }

  @Test
  void dottedCodesAreLowerCaseWordsJoinedByDots() {
    assertTrue(ModelCheck.isDottedCode("coverage.role.unheld"));
    assertTrue(ModelCheck.isDottedCode("openpayments.npi-missing.2"));
    assertTrue(ModelCheck.isDottedCode("z.0")); // both ends of both ranges
    assertTrue(ModelCheck.isDottedCode("a.9"));
    assertFalse(ModelCheck.isDottedCode("coverage"));
    assertFalse(ModelCheck.isDottedCode("coverage."));
    assertFalse(ModelCheck.isDottedCode(".coverage.role"));
    assertFalse(ModelCheck.isDottedCode("coverage..role"));
    assertFalse(ModelCheck.isDottedCode("Coverage.role"));
    assertFalse(ModelCheck.isDottedCode("coverage.role_held"));
    assertFalse(ModelCheck.isDottedCode(""));

    ModelViolation v =
        assertThrows(
                InvalidModelException.class,
                () ->
                    ModelCheck.of("Reason", "x").dottedCode("code", "Not.Dotted").throwIfInvalid())
            .violations()
            .get(0);
    assertEquals(
        new ModelViolation("Reason x", "code", "\"Not.Dotted\"", "must be dotted lower-case words"),
        v);
  }

  @Test
  void theDottedCodeScannerAgreesWithItsPattern() {
    Pattern dotted = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    String alphabet = "az09-.A_/:`{ ";
    qt().withFixedSeed(20_261_123L)
        .withExamples(20_000)
        .forAll(
            SourceDSL.lists()
                .of(SourceDSL.integers().between(0, alphabet.length() - 1))
                .ofSizeBetween(0, 10))
        .checkAssert(
            indices -> {
              StringBuilder b = new StringBuilder();
              indices.forEach(i -> b.append(alphabet.charAt(i)));
              String code = b.toString();
              assertEquals(dotted.matcher(code).matches(), ModelCheck.isDottedCode(code), code);
            });
  }
}
