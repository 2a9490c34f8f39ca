package dev.kamkit.model.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvalidModelExceptionTest {
  private static final ModelViolation BLANK_NAME =
      ModelViolation.of(
          ModelSubject.of("Stakeholder", Arg.of(StakeholderId.of("s-1"))),
          FieldPath.of("name"),
          "",
          Message.of(ModelCode.BLANK));
  private static final ModelViolation BAD_TIER =
      ModelViolation.of(
          ModelSubject.of(
              "FormularyEntry", Arg.of(ProductId.of("p")), Arg.of(LocalDate.of(2026, 1, 1))),
          FieldPath.of("tier"),
          12,
          Message.of(
              ModelCode.OUT_OF_RANGE, Arg.of(BigDecimal.ONE), Arg.of(BigDecimal.valueOf(9))));

  @Test
  void aSingleViolationIsTheWholeMessage() {
    InvalidModelException e = new InvalidModelException(List.of(BLANK_NAME));
    assertEquals("Stakeholder s-1: name = \"\": must not be blank", e.getMessage());
    assertEquals(List.of(BLANK_NAME), e.violations());
  }

  @Test
  void manyViolationsAreCountedAndListedOnePerLine() {
    InvalidModelException e = new InvalidModelException(List.of(BLANK_NAME, BAD_TIER));
    assertEquals(
        "2 violations:\n"
            + "  - Stakeholder s-1: name = \"\": must not be blank\n"
            + "  - FormularyEntry p, 2026-01-01: tier = 12: must be between 1 and 9",
        e.getMessage());
  }

  @Test
  void aBrokenAccountReadsAsItAlwaysHas() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                Stakeholder.builder()
                    .id(StakeholderId.of("s-1"))
                    .name(" ")
                    .function(StakeholderFunction.CLINICAL)
                    .reportsTo(StakeholderId.of("s-1"))
                    .departureDate(LocalDate.of(2027, 3, 31))
                    .build());
    assertEquals(
        "3 violations:\n"
            + "  - Stakeholder s-1: name = \" \": must not be blank\n"
            + "  - Stakeholder s-1: reportsTo = s-1: a stakeholder cannot report to themself\n"
            + "  - Stakeholder s-1: departureDate = 2027-03-31: is only recorded for a retiring"
            + " or departed stakeholder, not one who is "
            // the status is worded by the stakeholder package's bundle
            + Messages.english().name(StakeholderStatus.ACTIVE),
        e.getMessage());
  }

  @Test
  void needsAtLeastOneViolation() {
    assertThrows(IllegalArgumentException.class, () -> new InvalidModelException(List.of()));
  }

  @Test
  void hostsThatCatchIllegalArgumentExceptionCatchModelFailures() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Stakeholder.builder().build());
    assertEquals(InvalidModelException.class, e.getClass());
  }

  @Test
  void keepsItsOwnCopyOfTheViolations() {
    List<ModelViolation> found = new ArrayList<>(List.of(BLANK_NAME));
    InvalidModelException e = new InvalidModelException(found);
    found.add(BAD_TIER);
    assertEquals(List.of(BLANK_NAME), e.violations());
  }

  @Test
  void turnsAMissingAttributeMessageIntoOneViolationPerAttribute() {
    InvalidModelException e =
        new InvalidModelException(
            "Cannot build Account, some of required attributes are not set [id, name, kind]");
    assertEquals(
        List.of(
            required("Account", "id"), required("Account", "name"), required("Account", "kind")),
        e.violations());
    assertEquals(
        "3 violations:\n"
            + "  - Account: id = <missing>: is required\n"
            + "  - Account: name = <missing>: is required\n"
            + "  - Account: kind = <missing>: is required",
        e.getMessage());
  }

  @Test
  void namesEveryRequiredAttributeABuilderLacks() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> Stakeholder.builder().build());
    assertEquals(
        List.of(
            required("Stakeholder", "id"),
            required("Stakeholder", "name"),
            required("Stakeholder", "function")),
        e.violations());
  }

  @Test
  void namesOnlyTheAttributesThatAreStillMissing() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> Stakeholder.builder().id(StakeholderId.of("s-1")).name("Dr. Chen").build());
    assertEquals(List.of(required("Stakeholder", "function")), e.violations());
  }

  @Test
  void namesTheAttributeANullWasPassedFor() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> Stakeholder.builder().name(nullString()));
    assertEquals(List.of(nullFor("name")), e.violations());
    assertEquals("argument: name = null: must not be null", e.getMessage());
  }

  @Test
  void namesTheAttributeANullCopyWasAskedFor() {
    Stakeholder chen =
        Stakeholder.builder()
            .id(StakeholderId.of("s-1"))
            .name("Dr. Chen")
            .function(StakeholderFunction.CLINICAL)
            .build();
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> chen.withName(nullString()));
    assertEquals(FieldPath.of("name"), e.violations().get(0).path());
  }

  @Test
  void namesEachAttributeItIsGivenForANull() {
    InvalidModelException e = new InvalidModelException("ignored", "amount", "currency");
    assertEquals(List.of(nullFor("amount"), nullFor("currency")), e.violations());
  }

  private static ModelViolation required(String type, String attribute) {
    return new ModelViolation(
        ModelSubject.of(type),
        FieldPath.of(attribute),
        Optional.empty(),
        ModelCheck.MISSING,
        Message.of(ModelCode.REQUIRED));
  }

  private static ModelViolation nullFor(String attribute) {
    return new ModelViolation(
        ModelSubject.of("argument"),
        FieldPath.of(attribute),
        Optional.empty(),
        "null",
        Message.of(ModelCode.NULL));
  }

  /** A null the compiler cannot see through, to exercise the builders' null checks. */
  private static String nullString() {
    return null;
  }
}
