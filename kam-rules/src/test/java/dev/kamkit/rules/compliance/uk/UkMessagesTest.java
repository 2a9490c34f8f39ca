package dev.kamkit.rules.compliance.uk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.testing.MessageBundleContract;
import dev.kamkit.rules.compliance.FactProblems;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The UK pack's codes are worded in every language; a few renderings pin the words. */
class UkMessagesTest {
  private static final Message BASIS_MISSING =
      Message.of(
          UkCode.LAWFUL_BASIS_MISSING_HCP,
          Arg.of(StakeholderId.of("h1")),
          Arg.of(1),
          Arg.text(UkFacts.LAWFUL_BASIS.name()));
  private static final Message DUE =
      Message.of(
          UkCode.SUBMISSION_DUE,
          Arg.year(2025),
          Arg.of(LocalDate.of(2026, 3, 31)),
          Arg.of(LocalDate.of(2026, 6, 30)),
          Arg.of(LocalDate.of(2026, 7, 1)));
  private static final Message MOVED =
      Message.of(UkCode.ATTRIBUTE_INVALID, Arg.list(FactProblems.moved("uk.decisionMaker")));

  @Test
  void everyCodeIsWorded() {
    MessageBundleContract.check(List.of(UkCode.values()), List.of());
  }

  @Test
  void inEnglish() {
    Messages en = Messages.english();
    assertEquals(
        "h1 (HCP) has 1 disclosed transfer and no recorded lawful basis; record uk.lawfulBasis"
            + " (consent or legitimate-interests)",
        en.format(BASIS_MISSING));
    assertEquals(
        "h1 (HCP) has 3 disclosed transfers and no recorded lawful basis; record uk.lawfulBasis"
            + " (consent or legitimate-interests)",
        en.format(
            Message.of(
                UkCode.LAWFUL_BASIS_MISSING_HCP,
                Arg.of(StakeholderId.of("h1")),
                Arg.of(3),
                Arg.text(UkFacts.LAWFUL_BASIS.name()))));
    assertEquals(
        "uk.decisionMaker is no longer read from the custom attributes: record it as"
            + " facts[\"uk.decisionMaker\"].",
        en.format(MOVED));
  }

  @Test
  void inGerman() {
    Messages de = Messages.in(Locale.GERMAN);
    assertEquals(
        "h1 (Fachkreisangehöriger) hat 1 offengelegte Zuwendung und keine erfasste"
            + " Rechtsgrundlage; uk.lawfulBasis erfassen: consent (Einwilligung) oder"
            + " legitimate-interests (berechtigtes Interesse)",
        de.format(BASIS_MISSING));
    assertEquals(
        "Der Berichtszeitraum 2025 ist abgeschlossen: Meldung bis 31.03.2026; Disclosure UK"
            + " veröffentlicht am 30.06.2026 oder 01.07.2026",
        de.format(DUE));
    assertEquals(
        "uk.decisionMaker wird nicht mehr aus den benutzerdefinierten Attributen gelesen:"
            + " erfassen Sie die Angabe als facts[\"uk.decisionMaker\"].",
        de.format(MOVED));
  }

  @Test
  void inFrench() {
    Messages fr = Messages.in(Locale.FRENCH);
    assertEquals(
        "h1 (professionnel de santé) a 1 transfert de valeur publié sans base légale enregistrée ;"
            + " renseigner uk.lawfulBasis : consent (consentement) ou legitimate-interests"
            + " (intérêt légitime)",
        fr.format(BASIS_MISSING));
    assertEquals(
        "La période 2025 est close : déclaration au plus tard le 31/03/2026 ; Disclosure UK"
            + " publie le 30/06/2026 ou le 01/07/2026",
        fr.format(DUE));
  }
}
