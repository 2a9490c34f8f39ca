package dev.kamkit.model.base;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ActionId;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
    assertEquals(ModelSubject.of("Action", Arg.text("a-1")), check().subject());
    assertEquals("Action a-1", check().subject().toString());
    assertEquals(ModelSubject.of("Portfolio"), ModelCheck.of("Portfolio", null).subject());
    ActionId id = ActionId.of("a-1");
    assertEquals(ModelSubject.of("Action", Arg.of(id)), ModelCheck.of("Action", id).subject());
    assertEquals(
        ModelSubject.of("Relationship", Arg.of(id), Arg.of(JAN_1)),
        ModelCheck.of("Relationship", id, JAN_1).subject());
    assertEquals(
        ModelSubject.of("HcpIdentity"), ModelCheck.of("HcpIdentity", Optional.empty()).subject());
  }

  @Test
  void aCheckWithoutViolationsDoesNotThrow() {
    ModelCheck check = check().nonBlank("title", "Call Dr. Chen").between("tier", 3, 1, 9);
    assertEquals(List.of(), check.violations());
    assertDoesNotThrow(check::throwIfInvalid);
  }

  @Test
  void requireRecordsTheFieldTheValueAndTheCode() {
    ModelViolation v = only(check().require(false, "parent", "x", ModelCode.ACTION_OWN_PARENT));
    assertEquals(
        new ModelViolation(
            ModelSubject.of("Action", Arg.text("a-1")),
            FieldPath.of("parent"),
            Optional.of(Arg.text("x")),
            "\"x\"",
            Message.of(ModelCode.ACTION_OWN_PARENT)),
        v);
    assertEquals(
        List.of(), check().require(true, "parent", "x", ModelCode.ACTION_OWN_PARENT).violations());
    ModelViolation withArgs =
        only(
            check()
                .require(
                    false,
                    "completedOn",
                    JAN_1,
                    ModelCode.ACTION_COMPLETION_NOT_COMPLETED,
                    Arg.of(ModelCode.BLANK)));
    assertEquals(
        Message.of(ModelCode.ACTION_COMPLETION_NOT_COMPLETED, Arg.of(ModelCode.BLANK)),
        withArgs.message());
  }

  @Test
  void policyChecksNameTheLimitAndItsField() {
    BigDecimal half = new BigDecimal("0.5");
    BigDecimal one = BigDecimal.ONE;
    assertEquals(
        Message.of(ModelCode.EXCEEDS, Arg.text("greenFrom"), Arg.of(half)),
        only(check().notAbove("amberFrom", one, "greenFrom", half)).message());
    assertEquals(List.of(), check().notAbove("amberFrom", half, "greenFrom", half).violations());
    assertEquals(
        Message.of(ModelCode.NOT_BELOW, Arg.text("aggregateTrigger"), Arg.of(half)),
        only(check().below("minimum", half, "aggregateTrigger", half)).message());
    assertEquals(List.of(), check().below("minimum", BigDecimal.ZERO, "t", half).violations());
    assertEquals(
        Message.of(ModelCode.NOT_ABOVE, Arg.text("zeroAt"), Arg.of(half)),
        only(check().above("fullFrom", half, "zeroAt", half)).message());
    assertEquals(List.of(), check().above("fullFrom", one, "zeroAt", half).violations());
    assertEquals(
        "fullFrom", only(check().above("fullFrom", half, "zeroAt", one)).path().toString());
  }

  @Test
  void notAboveForWholeNumbersNamesTheLimitAndIncludesIt() {
    ModelViolation v = only(check().notAbove("headcount", 13L, "seats", 12L));
    assertEquals(FieldPath.of("headcount"), v.path());
    assertEquals("13", v.shown());
    assertEquals(
        Message.of(ModelCode.EXCEEDS, Arg.text("seats"), Arg.of(BigDecimal.valueOf(12))),
        v.message());
    assertEquals(List.of(), check().notAbove("headcount", 12L, "seats", 12L).violations());
    assertEquals(List.of(), check().notAbove("headcount", -1L, "seats", 0L).violations());
  }

  @Test
  void positiveAndShareBounds() {
    assertEquals(ModelCode.NOT_POSITIVE, only(check().positive("w", BigDecimal.ZERO)).code());
    assertEquals(List.of(), check().positive("w", new BigDecimal("0.01")).violations());
    assertEquals(ModelCode.NOT_A_SHARE, only(check().share("s", BigDecimal.ZERO)).code());
    assertEquals(ModelCode.NOT_A_SHARE, only(check().share("s", new BigDecimal("1.01"))).code());
    assertEquals(List.of(), check().share("s", BigDecimal.ONE).violations());
    assertEquals(List.of(), check().share("s", new BigDecimal("0.001")).violations());
  }

  @Test
  void emptinessYearsAndRounding() {
    assertEquals(ModelCode.EMPTY, only(check().nonEmpty("criteria", List.of())).code());
    assertEquals(ModelCode.EMPTY, only(check().nonEmpty("amounts", Map.of())).code());
    assertEquals(List.of(), check().nonEmpty("criteria", List.of("c")).violations());
    assertEquals(List.of(), check().nonEmpty("amounts", Map.of("a", 1)).violations());
    ModelViolation early = only(check().notBefore("year", 2014, 2015));
    assertEquals(Message.of(ModelCode.TOO_EARLY, Arg.year(2015)), early.message());
    assertEquals("must be 2015 or later", early.message().toString());
    assertEquals(List.of(), check().notBefore("year", 2015, 2015).violations());
    assertEquals(
        ModelCode.ROUNDING_UNNECESSARY,
        only(check().rounds("rounding", RoundingMode.UNNECESSARY)).code());
    assertEquals(List.of(), check().rounds("rounding", RoundingMode.HALF_UP).violations());
  }

  @Test
  void failRecordsUnconditionally() {
    FieldPath path = FieldPath.of("speakerProgram", "needRecordedFor");
    ModelViolation v = only(check().fail(path, List.of("s-1"), ModelCode.BLANK));
    assertEquals(path, v.path());
    assertEquals(Optional.of(Arg.list(Arg.text("s-1"))), v.value());
    assertEquals("[s-1]", v.shown());
  }

  @Test
  void failByFieldNameRecordsAndChains() {
    List<ModelViolation> v =
        check()
            .fail("speaker", "s-9", ModelCode.BLANK)
            .fail("topic", "", ModelCode.BLANK)
            .violations();
    assertEquals(List.of(FieldPath.of("speaker"), FieldPath.of("topic")), paths(v));
    assertEquals("\"s-9\"", v.get(0).shown());
  }

  @Test
  void nonBlankRejectsEmptyAndWhitespaceText() {
    assertEquals("\"\"", only(check().nonBlank("title", "")).shown());
    assertEquals("\" \t\"", only(check().nonBlank("title", " \t")).shown());
    assertEquals(ModelCode.BLANK, only(check().nonBlank("title", " ")).code());
    assertEquals(Optional.of(Arg.text(" ")), only(check().nonBlank("title", " ")).value());
  }

  @Test
  void nonBlankAcceptsAnAbsentOptionalButNotABlankOne() {
    assertEquals(List.of(), check().nonBlank("rationale", Optional.empty()).violations());
    assertEquals(
        FieldPath.of("rationale"), only(check().nonBlank("rationale", Optional.of(" "))).path());
  }

  @Test
  void allNonBlankNamesEachBlankElementByIndex() {
    List<ModelViolation> v =
        check().allNonBlank("painPoints", List.of("slow biopsy", "", "ok", " ")).violations();
    assertEquals(2, v.size());
    assertEquals(FieldPath.of("painPoints").element(1), v.get(0).path());
    assertEquals(FieldPath.of("painPoints").element(3), v.get(1).path());
    assertEquals("painPoints[3]", v.get(1).field());
  }

  @Test
  void betweenIncludesBothBounds() {
    assertEquals(List.of(), check().between("tier", 1, 1, 9).between("tier", 9, 1, 9).violations());
    ModelViolation below = only(check().between("tier", 0, 1, 9));
    assertEquals("0", below.shown());
    assertEquals(Optional.of(Arg.of(0)), below.value());
    assertEquals(
        Message.of(ModelCode.OUT_OF_RANGE, Arg.of(BigDecimal.ONE), Arg.of(BigDecimal.valueOf(9))),
        below.message());
    assertEquals("must be between 1 and 9", below.message().toString());
    assertEquals("10", only(check().between("tier", 10, 1, 9)).shown());
    assertEquals(
        "must be between 0 and 100",
        only(check().between("fee", new BigDecimal("100.5"), BigDecimal.ZERO, HUNDRED))
            .message()
            .toString());
    assertEquals(List.of(), check().between("fee", HUNDRED, BigDecimal.ZERO, HUNDRED).violations());
  }

  @Test
  void betweenSkipsAnAbsentOptional() {
    assertEquals(List.of(), check().between("tier", Optional.<Integer>empty(), 1, 9).violations());
    assertEquals("12", only(check().between("tier", Optional.of(12), 1, 9)).shown());
  }

  @Test
  void notNegativeAcceptsZero() {
    assertEquals(List.of(), check().notNegative("beds", 0).violations());
    assertEquals("-1", only(check().notNegative("beds", -1)).shown());
    assertEquals(List.of(), check().notNegative("beds", Optional.<Integer>empty()).violations());
    assertEquals("-5", only(check().notNegative("beds", Optional.of(-5))).shown());
    assertEquals(ModelCode.NEGATIVE, only(check().notNegative("beds", -1)).code());
    assertEquals("-0.01", only(check().notNegative("units", new BigDecimal("-0.01"))).shown());
    assertEquals("-1.00 USD", only(check().notNegative("value", Money.of("-1", "USD"))).shown());
    assertEquals(List.of(), check().notNegative("value", Money.of("0", "USD")).violations());
  }

  @Test
  void positiveRefusesZero() {
    assertEquals(List.of(), check().positive("amount", Money.of("0.01", "USD")).violations());
    ModelViolation zero = only(check().positive("amount", Money.of("0", "USD")));
    assertEquals(ModelCode.NOT_POSITIVE, zero.code());
    assertEquals(Optional.of(Arg.of(Money.of("0", "USD"))), zero.value());
  }

  @Test
  void positiveOfAnOptionalAmountChecksAPresentOneOnly() {
    ModelViolation zero = only(check().positive("fee", Optional.of(Money.of("0", "USD"))));
    assertEquals(FieldPath.of("fee"), zero.path());
    assertEquals(ModelCode.NOT_POSITIVE, zero.code());
    assertEquals("0.00 USD", zero.shown());
    assertEquals(List.of(), check().positive("fee", Optional.<Money>empty()).violations());
    assertEquals(
        List.of(), check().positive("fee", Optional.of(Money.of("0.01", "USD"))).violations());
  }

  @Test
  void notBeforeAcceptsTheSameDay() {
    assertEquals(List.of(), check().notBefore("dueDate", JAN_1, "startDate", JAN_1).violations());
    assertEquals(List.of(), check().notBefore("dueDate", JAN_2, "startDate", JAN_1).violations());
  }

  @Test
  void notBeforeNamesTheDateAndTheFloor() {
    ModelViolation v = only(check().notBefore("dueDate", JAN_1, "startDate", JAN_2));
    assertEquals(FieldPath.of("dueDate"), v.path());
    assertEquals("2026-01-01", v.shown());
    assertEquals(Message.of(ModelCode.BEFORE, Arg.text("startDate"), Arg.of(JAN_2)), v.message());
    assertEquals("must not be before startDate 2026-01-02", v.message().toString());
    assertEquals(
        v, only(check().notBefore("dueDate", Optional.of(JAN_1), "startDate", Optional.of(JAN_2))));
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
  void uniqueReportsEachSharedKeyOnceAtItsFirstRepetition() {
    List<String> ids = List.of("a", "b", "a", "c", "a", "b");
    List<ModelViolation> v = check().unique("actions", "id", ids, Function.identity()).violations();
    assertEquals(2, v.size());
    assertEquals("\"a\"", v.get(0).shown());
    assertEquals("\"b\"", v.get(1).shown());
    assertEquals(ModelCheck.at("actions", 2, "a").field("id"), v.get(0).path());
    assertEquals(ModelCheck.at("actions", 5, "b").field("id"), v.get(1).path());
    assertEquals(ModelCode.DUPLICATE, v.get(0).code());
    assertEquals("actions[a].id", v.get(0).field());
  }

  @Test
  void uniqueOfElementsStandingForTheirKey() {
    List<ModelViolation> v =
        check()
            .unique("relationships", List.of("t", "s", "t", "s"), x -> List.of(x, "k"))
            .violations();
    assertEquals(2, v.size());
    assertEquals(
        FieldPath.of("relationships").element(2, Arg.text("t"), Arg.text("k")), v.get(0).path());
    assertEquals("[t, k]", v.get(0).shown());
    // a dotted field names the key's field after the element
    assertEquals(
        ModelCheck.at("hostThresholds", 1, 2026).field("year"),
        only(check().unique("hostThresholds.year", List.of(2026, 2026), y -> y)).path());
    assertEquals(
        ModelCheck.at("accounts", 1, "a").field("account").field("id"),
        only(check()
                .unique(
                    List.of("a", "a"),
                    x -> x,
                    (index, id) ->
                        ModelCheck.at("accounts", index, id).field("account").field("id")))
            .path());
  }

  @Test
  void aLeadingDotIsNoFieldSeparatorForThereIsNoListBeforeIt() {
    // "list.field" needs a list name: a name starting with its dot is taken as it is written
    assertEquals(
        ModelCheck.at(".year", 1, 2026),
        only(check().unique(".year", List.of(2026, 2026), y -> y)).path());
    assertEquals(
        ModelCheck.at("rows", 1, 2026).field("y"),
        only(check().unique("rows.y", List.of(2026, 2026), y -> y)).path());
  }

  @Test
  void aListOfOneHasNoDuplicatesAndTheCheckChains() {
    ModelCheck.Where<String> where = (index, id) -> ModelCheck.at("accounts", index, id);
    assertEquals(
        List.of(FieldPath.of("title")),
        paths(check().unique(List.of("a"), x -> x, where).nonBlank("title", "").violations()));
    assertEquals(
        List.of(FieldPath.of("title")),
        paths(
            check()
                .unique("actions", "id", List.of("a"), x -> x)
                .nonBlank("title", "")
                .violations()));
    assertEquals(
        List.of(FieldPath.of("title")),
        paths(check().unique("actions", List.of("a"), x -> x).nonBlank("title", "").violations()));
  }

  private static List<FieldPath> paths(List<ModelViolation> violations) {
    return violations.stream().map(ModelViolation::path).toList();
  }

  @Test
  void attributeKeysRejectsBlankAndPaddedKeys() {
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    attributes.put("veeva.Segment__c", AttributeValue.text("A"));
    attributes.put(" padded", AttributeValue.flag(true));
    attributes.put("", AttributeValue.flag(true));
    List<ModelViolation> v = check().attributeKeys(attributes).violations();
    assertEquals(2, v.size());
    assertEquals("\" padded\"", v.get(0).shown());
    assertEquals(FieldPath.of("attributes").entry(" padded"), v.get(0).path());
    assertEquals("attributes[\" padded\"]", v.get(0).field());
    assertEquals("\"\"", v.get(1).shown());
    assertEquals(ModelCode.ATTRIBUTE_KEY, v.get(1).code());
  }

  @Test
  void countryCodesAreIsoAlpha2() {
    assertEquals(List.of(), check().countryCode("country", "DE").violations());
    assertEquals(List.of(), check().countryCode("country", Optional.empty()).violations());
    assertEquals(
        ModelCode.NOT_A_COUNTRY, only(check().countryCode("country", Optional.of("de"))).code());
  }

  @Test
  void addAllAppendsViolationsFoundElsewhere() {
    ModelViolation nested =
        ModelViolation.of(
            ModelSubject.of("Site", Arg.text("s-1")),
            FieldPath.of("name"),
            "",
            Message.of(ModelCode.BLANK));
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
        List.of(FieldPath.of("title"), FieldPath.of("dueDate"), FieldPath.of("priority")),
        e.violations().stream().map(ModelViolation::path).toList());
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
        ModelViolation.of(
            ModelSubject.of("Reason", Arg.text("x")),
            FieldPath.of("code"),
            "Not.Dotted",
            Message.of(ModelCode.NOT_DOTTED)),
        v);
    assertEquals("Reason x: code = \"Not.Dotted\": must be dotted lower-case words", v.toString());
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
