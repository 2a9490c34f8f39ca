package dev.kamkit.rules.compliance.rationale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.testing.MessageBundleContract;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rationale pack's codes are worded in every language; a few renderings pin the words. */
class RationaleMessagesTest {
  private static final Message PLANNED =
      Message.of(
          RationaleCode.PLANNED_INTERACTION_MISSING,
          Arg.of(InteractionId.of("i-7")),
          Arg.of(LocalDate.of(2026, 11, 22)),
          Arg.text("Formulary review"));
  private static final Message VALUE_PROPOSITION =
      Message.of(RationaleCode.VALUE_PROPOSITION_MISSING, Arg.text("Shorter stays"));
  private static final Message INITIATIVE =
      Message.of(
          RationaleCode.INITIATIVE_MISSING,
          Arg.of(InitiativeId.of("adherence"), "Adherence programme"));

  @Test
  void everyCodeIsWorded() {
    MessageBundleContract.check(List.of(RationaleCode.values()), List.of());
  }

  @Test
  void inEnglish() {
    Messages en = Messages.english();
    assertEquals(
        "Planned interaction i-7 on 2026-11-22 (\"Formulary review\") has no documented rationale",
        en.format(PLANNED));
    assertEquals(
        "The value proposition \"Shorter stays\" has no documented business or clinical rationale",
        en.format(VALUE_PROPOSITION));
  }

  @Test
  void inGerman() {
    Messages de = Messages.in(Locale.GERMAN);
    assertEquals(
        "Für den geplanten Kontakt i-7 am 22.11.2026 („Formulary review“) ist keine geschäftliche"
            + " und medizinische Begründung dokumentiert",
        de.format(PLANNED));
    assertEquals(
        "Für die Shared-Value-Initiative „Adherence programme“ ist keine Begründung dokumentiert",
        de.format(INITIATIVE));
  }

  @Test
  void inFrench() {
    Messages fr = Messages.in(Locale.FRENCH);
    assertEquals(
        "L’interaction prévue i-7 du 22/11/2026 (« Formulary review ») n’a pas de justification"
            + " professionnelle et clinique documentée",
        fr.format(PLANNED));
    assertEquals(
        "La proposition de valeur « Shorter stays » n’a ni justification économique ni"
            + " justification clinique documentée",
        fr.format(VALUE_PROPOSITION));
  }
}
