package dev.kamkit.rules.compliance.efpia;

import static dev.kamkit.rules.compliance.EuFixture.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.testing.MessageBundleContract;
import dev.kamkit.rules.compliance.EuFixture;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The EFPIA pack's words: every code and name in every bundle, and a few renderings pinned. */
class EfpiaMessagesTest {

  @Test
  void everyCodeAndNameIsWorded() {
    MessageBundleContract.check(
        List.of(EfpiaCode.values()),
        List.of(EfpiaCategory.class, EfpiaHeading.class, RecipientType.class));
  }

  /**
   * An HCP who consented to one fee of 2025 and refused the other, and a third fee filed under a
   * category an HCP does not have, judged after the deadline with nothing published.
   */
  private static List<Finding> findings() {
    EuFixture fixture =
        EuFixture.in("FR")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-01", "1800.00 EUR", NatureOfPayment.CONSULTING_FEE)
            .pay(
                "t2",
                "h1",
                "2025-04-01",
                "50.00 EUR",
                NatureOfPayment.CONSULTING_FEE,
                fact(EfpiaFacts.CONSENT, false))
            .pay(
                "t3",
                "h1",
                "2025-05-01",
                "300.00 EUR",
                NatureOfPayment.CONSULTING_FEE,
                fact(EfpiaFacts.CATEGORY, EfpiaCategory.EVENT_SPONSORSHIP));
    return EfpiaExamplesTest.pack().check(fixture.build(), LocalDate.of(2026, 7, 1));
  }

  private static String words(Locale locale) {
    Messages messages = Messages.in(locale);
    return String.join("\n", findings().stream().map(f -> messages.format(f.message())).toList());
  }

  @Test
  void inEnglish() {
    assertEquals(
        String.join(
            "\n",
            "Contribution to costs of Events: Sponsorship agreements is not a category for an HCP",
            "Dr h1 consented to named disclosure of 1 of 2 transfers in 2025; consent is all-in or"
                + " all-out, so all are disclosed in aggregate until consent covers every transfer"
                + " or is withdrawn",
            "2025 disclosure in FR: 0 HCOs and 0 HCPs named, 1 aggregate row, R&D none, total"
                + " 1,850.00\u00a0EUR; due by 2026-06-30",
            "The 2025 period had to be disclosed by 2026-06-30; no publication is recorded as of"
                + " 2026-07-01"),
        words(Locale.ENGLISH));
  }

  @Test
  void inGerman() {
    assertEquals(
        String.join(
            "\n",
            "Zuwendungen zu Fortbildungsveranstaltungen: Sponsoringvereinbarungen ist für Empfänger"
                + " der Art Fachkreisangehöriger (HCP) keine Kategorie des EFPIA-Kodex",
            "Dr h1 hat in die namentliche Offenlegung von 1 von 2 Zuwendungen im Jahr 2025"
                + " eingewilligt; die Einwilligung gilt nur ganz oder gar nicht (all-in / all-out),"
                + " daher werden alle aggregiert offengelegt, bis die Einwilligung jede Zuwendung"
                + " umfasst oder widerrufen wird",
            "Offenlegung nach dem FSA-/AKG-Transparenzkodex bzw. EFPIA-Kodex 2025 in FR: 0"
                + " Organisationen und 0 Fachkreisangehörige namentlich, 1 aggregierte Zeile, F&E"
                + " keine, gesamt 1.850,00\u00a0EUR; offenzulegen bis zum 30.06.2026",
            "Der Offenlegungszeitraum 2025 war bis zum 30.06.2026 offenzulegen; zum Stichtag"
                + " 01.07.2026 ist keine Veröffentlichung erfasst"),
        words(Locale.GERMAN));
  }

  @Test
  void inFrench() {
    assertEquals(
        String.join(
            "\n",
            "Contribution aux coûts des manifestations : conventions de parrainage n'est pas une"
                + " catégorie applicable à un destinataire de type « Professionnel de santé (PS) »",
            "Dr h1 a consenti à la publication nominative de 1 transfert sur 2 en 2025 ; le"
                + " consentement vaut pour tout ou rien (all-in / all-out), tous sont donc publiés"
                + " de manière agrégée jusqu'à ce que le consentement couvre chaque transfert ou"
                + " soit retiré",
            "Publication EFPIA 2025 (FR) : aucune organisation de santé et aucun professionnel de"
                + " santé publiés nominativement, 1 ligne agrégée, R&D néant, total"
                + " 1\u202f850,00\u00a0EUR ; à publier au plus tard le 30/06/2026",
            "La période 2025 devait être publiée au plus tard le 30/06/2026 ; aucune publication"
                + " n'est enregistrée au 01/07/2026"),
        words(Locale.FRENCH));
  }
}
