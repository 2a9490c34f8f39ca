package dev.kamkit.model.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.ModelSubject;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one id rule, checked through every id type so that none of them drifts from it. */
class IdsTest {

  /** Every id type with its factory. */
  static Stream<Arguments> idTypes() {
    return Stream.of(
        type("AccountId", AccountId::of),
        type("SiteId", SiteId::of),
        type("ClinicalUnitId", ClinicalUnitId::of),
        type("ContractId", ContractId::of),
        type("StakeholderId", StakeholderId::of),
        type("DecisionBodyId", DecisionBodyId::of),
        type("TeamMemberId", TeamMemberId::of),
        type("ProductId", ProductId::of),
        type("IndicationId", IndicationId::of),
        type("ObjectiveId", ObjectiveId::of),
        type("OpportunityId", OpportunityId::of),
        type("CommitteeSubmissionId", CommitteeSubmissionId::of),
        type("ActionId", ActionId::of),
        type("KpiId", KpiId::of),
        type("NeedId", NeedId::of),
        type("InitiativeId", InitiativeId::of),
        type("InteractionId", InteractionId::of),
        type("TransferOfValueId", TransferOfValueId::of),
        type("TargetListId", TargetListId::of),
        type("MaterialId", MaterialId::of),
        type("ServiceAgreementId", ServiceAgreementId::of));
  }

  private static <T extends KamId & Comparable<T>> Arguments type(
      String name, Function<String, T> of) {
    BiFunction<String, String, Integer> compare = (a, b) -> of.apply(a).compareTo(of.apply(b));
    return Arguments.of(name, of, compare);
  }

  private static ModelViolation rejected(Function<String, ? extends KamId> of, String text) {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> of.apply(text));
    assertEquals(1, e.violations().size());
    return e.violations().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void keepsTheHostsTextExactly(String type, Function<String, ? extends KamId> of) {
    KamId id = of.apply("001Dn00000Xyz#riverside/cfo");
    assertEquals("001Dn00000Xyz#riverside/cfo", id.value());
    assertEquals("001Dn00000Xyz#riverside/cfo", id.toString());
    assertEquals(id, of.apply("001Dn00000Xyz#riverside/cfo"));
    assertEquals(id.hashCode(), of.apply("001Dn00000Xyz#riverside/cfo").hashCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void comparesTextExactlyIncludingCase(String type, Function<String, ? extends KamId> of) {
    assertNotEquals(of.apply("abc"), of.apply("ABC"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void rejectsNullNamingTheType(String type, Function<String, ? extends KamId> of) {
    ModelViolation v = rejected(of, null);
    assertEquals(
        new ModelViolation(
            ModelSubject.of(type),
            FieldPath.of("value"),
            Optional.empty(),
            ModelCheck.MISSING,
            Message.of(ModelCode.REQUIRED)),
        v);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void rejectsBlankText(String type, Function<String, ? extends KamId> of) {
    assertEquals(ModelCode.BLANK, rejected(of, "").code());
    ModelViolation v = rejected(of, " \t ");
    assertEquals(ModelSubject.of(type), v.subject());
    assertEquals(FieldPath.of("value"), v.path());
    assertEquals("\" \t \"", v.shown());
    assertEquals(Optional.of(Arg.text(" \t ")), v.value());
    assertEquals(ModelCode.BLANK, v.code());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void acceptsTwoHundredFiftyFiveCharactersButNotMore(
      String type, Function<String, ? extends KamId> of) {
    assertEquals(255, of.apply("x".repeat(255)).value().length());
    ModelViolation v = rejected(of, "x".repeat(256));
    assertEquals(Message.of(ModelCode.ID_TOO_LONG, Arg.of(255)), v.message());
    assertEquals('"' + "x".repeat(256) + '"', v.shown());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void rejectsLeadingOrTrailingWhitespace(String type, Function<String, ? extends KamId> of) {
    assertEquals(ModelCode.ID_PADDED, rejected(of, " cfo").code());
    assertEquals(ModelCode.ID_PADDED, rejected(of, "cfo\n").code());
    assertEquals(ModelCode.ID_PADDED, rejected(of, "cfo\u2003").code());
    assertEquals("riverside cfo", of.apply("riverside cfo").value());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void rejectsControlCharacters(String type, Function<String, ? extends KamId> of) {
    assertEquals(ModelCode.ID_CONTROL_CHARACTER, rejected(of, "a\tb").code());
    assertEquals(ModelCode.ID_CONTROL_CHARACTER, rejected(of, "a\u0000b").code());
    assertEquals(ModelCode.ID_CONTROL_CHARACTER, rejected(of, "a\u007fb").code());
    assertEquals(ModelCode.ID_CONTROL_CHARACTER, rejected(of, "a\u0085b").code());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void acceptsTextBeyondAscii(String type, Function<String, ? extends KamId> of) {
    assertEquals("universitätsklinikum-köln", of.apply("universitätsklinikum-köln").value());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void ordersByTextCaseSensitively(
      String type, Function<String, ? extends KamId> of, BiFunction<String, String, Integer> cmp) {
    assertTrue(cmp.apply("a-10", "a-2") < 0);
    assertTrue(cmp.apply("b", "B") > 0);
    assertEquals(0, cmp.apply("same", "same"));
  }

  @Test
  void typedIdsWithTheSameTextAreNotEqual() {
    assertNotEquals(StakeholderId.of("x"), TeamMemberId.of("x"));
  }

  @Test
  void theConstructorAppliesTheSameRuleAsTheFactory() {
    assertThrows(InvalidModelException.class, () -> new StakeholderId(" "));
    assertEquals(StakeholderId.of("s-1"), new StakeholderId("s-1"));
  }

  @Test
  void idsSortByTheirTextCaseSensitively() {
    List<StakeholderId> ids =
        new ArrayList<>(
            List.of(
                StakeholderId.of("b"),
                StakeholderId.of("a-10"),
                StakeholderId.of("B"),
                StakeholderId.of("a-2")));
    ids.sort(null);
    assertEquals(
        List.of(
            StakeholderId.of("B"),
            StakeholderId.of("a-10"),
            StakeholderId.of("a-2"),
            StakeholderId.of("b")),
        ids);
    assertEquals(0, AccountId.of("x").compareTo(AccountId.of("x")));
    assertTrue(AccountId.of("a").compareTo(AccountId.of("b")) < 0);
  }

  @Test
  void everyIdTypeIsCovered() {
    assertEquals(KamId.class.getPermittedSubclasses().length, idTypes().count());
  }
}
