package dev.kamkit.model.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelViolationTest {
  private static final ModelSubject ACTION =
      ModelSubject.of("Action", Arg.of(ActionId.of("act-cfo-intro")));
  private static final LocalDate START = LocalDate.of(2026, 9, 1);
  private static final ModelViolation DUE_BEFORE_START =
      ModelViolation.of(
          ACTION,
          FieldPath.of("dueDate"),
          LocalDate.of(2026, 8, 31),
          Message.of(ModelCode.BEFORE, Arg.text("startDate"), Arg.of(START)));

  @Test
  void readsAsOneLineNamingSubjectPathValueAndProblem() {
    ModelViolation v =
        ModelViolation.of(
            ModelSubject.of("Npi"), FieldPath.of("value"), "123", Message.of(ModelCode.NPI_DIGITS));
    assertEquals("Npi: value = \"123\": must be exactly ten digits", v.toString());
    assertEquals(
        "Action act-cfo-intro: dueDate = 2026-08-31: must not be before startDate 2026-09-01",
        DUE_BEFORE_START.toString());
  }

  @Test
  void keepsTheValueTypedAndAsShown() {
    assertEquals(Optional.of(Arg.of(LocalDate.of(2026, 8, 31))), DUE_BEFORE_START.value());
    assertEquals("2026-08-31", DUE_BEFORE_START.shown());
    assertEquals(ModelCode.BEFORE, DUE_BEFORE_START.code());
    assertEquals("dueDate", DUE_BEFORE_START.field());
    ModelViolation absent =
        ModelViolation.of(
            ACTION, FieldPath.of("completedOn"), Optional.empty(), Message.of(ModelCode.REQUIRED));
    assertEquals(Optional.empty(), absent.value());
    assertEquals(ModelCheck.MISSING, absent.shown());
  }

  @Test
  void rendersInGerman() {
    assertEquals(
        "Action act-cfo-intro: dueDate = 2026-08-31: darf nicht vor startDate (01.09.2026) liegen",
        DUE_BEFORE_START.render(Messages.in(Locale.GERMAN)));
  }

  @Test
  void rendersInFrench() {
    ModelViolation dangling =
        ModelViolation.of(
            ModelSubject.of("KeyAccount", Arg.of(AccountId.of("riverside"))),
            FieldPath.of("relationships")
                .element(0, Arg.of(TeamMemberId.of("tm-1")), Arg.of(StakeholderId.of("s-9")))
                .field("stakeholder"),
            StakeholderId.of("s-9"),
            Message.of(ModelCode.UNKNOWN_REFERENCE, Arg.of(Referent.STAKEHOLDER)));
    assertEquals(
        "KeyAccount riverside: relationships[tm-1, s-9].stakeholder = s-9: fait référence à un"
            + " interlocuteur qui ne figure pas dans ce compte",
        dangling.render(Messages.in(Locale.FRENCH)));
    assertEquals(
        "KeyAccount riverside: relationships[tm-1, s-9].stakeholder = s-9: verweist auf einen"
            + " Stakeholder ohne Eintrag in diesem Account",
        dangling.render(Messages.in(Locale.GERMAN)));
  }

  @Test
  void refusesNullParts() {
    FieldPath path = FieldPath.of("f");
    Message problem = Message.of(ModelCode.BLANK);
    Optional<Arg> none = Optional.empty();
    assertThrows(
        NullPointerException.class, () -> new ModelViolation(null, path, none, "v", problem));
    assertThrows(
        NullPointerException.class, () -> new ModelViolation(ACTION, null, none, "v", problem));
    assertThrows(
        NullPointerException.class, () -> new ModelViolation(ACTION, path, null, "v", problem));
    assertThrows(
        NullPointerException.class, () -> new ModelViolation(ACTION, path, none, null, problem));
    assertThrows(
        NullPointerException.class, () -> new ModelViolation(ACTION, path, none, "v", null));
  }
}
