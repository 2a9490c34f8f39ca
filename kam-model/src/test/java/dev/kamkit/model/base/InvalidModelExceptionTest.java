package dev.kamkit.model.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidModelExceptionTest {
  private static final ModelViolation BLANK_NAME =
      new ModelViolation("Stakeholder s-1", "name", "\"\"", "must not be blank");
  private static final ModelViolation BAD_TIER =
      new ModelViolation("FormularyEntry p@2026-01-01", "tier", "12", "must be between 1 and 9");

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
            + "  - FormularyEntry p@2026-01-01: tier = 12: must be between 1 and 9",
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
            new ModelViolation("Account", "id", ModelCheck.MISSING, "is required"),
            new ModelViolation("Account", "name", ModelCheck.MISSING, "is required"),
            new ModelViolation("Account", "kind", ModelCheck.MISSING, "is required")),
        e.violations());
  }

  @Test
  void namesEveryRequiredAttributeABuilderLacks() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> Stakeholder.builder().build());
    assertEquals(
        List.of("id", "name", "function"),
        e.violations().stream().map(ModelViolation::field).toList());
    e.violations().forEach(v -> assertEquals("Stakeholder", v.subject()));
    e.violations().forEach(v -> assertEquals(ModelCheck.MISSING, v.value()));
    assertEquals(3, e.violations().size());
  }

  @Test
  void namesOnlyTheAttributesThatAreStillMissing() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> Stakeholder.builder().id(StakeholderId.of("s-1")).name("Dr. Chen").build());
    assertEquals(
        List.of(new ModelViolation("Stakeholder", "function", ModelCheck.MISSING, "is required")),
        e.violations());
  }

  @Test
  void namesTheAttributeANullWasPassedFor() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> Stakeholder.builder().name(nullString()));
    assertEquals(
        List.of(new ModelViolation("argument", "name", "null", "must not be null")),
        e.violations());
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
    assertEquals("name", e.violations().get(0).field());
  }

  @Test
  void joinsTheAttributeNamesItIsGivenForANull() {
    InvalidModelException e = new InvalidModelException("ignored", "amount", "currency");
    assertEquals(
        List.of(new ModelViolation("argument", "amount, currency", "null", "must not be null")),
        e.violations());
  }

  /** A null the compiler cannot see through, to exercise the builders' null checks. */
  private static String nullString() {
    return null;
  }
}
