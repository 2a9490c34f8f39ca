package dev.kamkit.rules.compliance.france;

import static dev.kamkit.rules.compliance.EuFixture.all;
import static dev.kamkit.rules.compliance.EuFixture.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.testing.MessageBundleContract;
import dev.kamkit.rules.compliance.EuFixture;
import dev.kamkit.rules.compliance.Finding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The France pack's words: every code and name in every bundle, and a few renderings pinned. */
class FranceMessagesTest {

  @Test
  void everyCodeAndNameIsWorded() {
    MessageBundleContract.check(List.of(FranceCode.values()), List.of(FrenchKind.class));
  }

  /**
   * A meal above €50, a book of exactly €10, a fee under a convention without its duration and a
   * sample above €20, all to one HCP in 2025, with avantages of €10 or more published.
   */
  private static List<Finding> findings() {
    EuFixture fixture =
        EuFixture.in("FR")
            .hcp("h1")
            .pay(
                "t1",
                "h1",
                "2025-03-01",
                "80.00 EUR",
                NatureOfPayment.FOOD_AND_BEVERAGE,
                fact(FranceFacts.KIND, FrenchKind.MEAL))
            .pay(
                "t2",
                "h1",
                "2025-03-02",
                "10.00 EUR",
                NatureOfPayment.GIFT,
                fact(FranceFacts.KIND, FrenchKind.BOOK))
            .pay(
                "t3",
                "h1",
                "2025-03-03",
                "1300.00 EUR",
                NatureOfPayment.CONSULTING_FEE,
                all(fact(FranceFacts.CONVENTION, "C-7")))
            .pay(
                "t4",
                "h1",
                "2025-03-04",
                "35.00 EUR",
                NatureOfPayment.GIFT,
                fact(FranceFacts.KIND, FrenchKind.SAMPLE));
    FrancePack pack =
        FrancePack.of(FrancePolicy.builder().publicationTest(PublicationTest.AT_OR_ABOVE).build());
    return pack.check(fixture.build(), LocalDate.of(2026, 1, 31));
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
            "Avantage of 80.00\u00a0EUR TTC on 2025-03-01 is above the 10.00\u00a0EUR threshold:"
                + " published on Transparence Santé",
            "Avantage of 10.00\u00a0EUR TTC on 2025-03-02 is at the 10.00\u00a0EUR threshold:"
                + " published on Transparence Santé",
            "Convention C-7 (1,300.00\u00a0EUR on 2025-03-03) is published on Transparence Santé"
                + " whatever its amount",
            "Avantage of 35.00\u00a0EUR TTC on 2025-03-04 is above the 10.00\u00a0EUR threshold:"
                + " published on Transparence Santé",
            "Hospitality, per meal: 80.00\u00a0EUR for 1 meal is above 50.00\u00a0EUR per meal; an"
                + " authorisation is needed (not a declaration) and no fr.authorisation is"
                + " recorded",
            "A fee of 1,300.00\u00a0EUR records neither fr.hours nor fr.halfDays, so the"
                + " 200.00\u00a0EUR an hour and 800.00\u00a0EUR a half-day thresholds cannot be"
                + " judged",
            "Sample or demonstration unit of 35.00\u00a0EUR on 2025-03-04 is not négligeable: above"
                + " 20.00\u00a0EUR; it goes through a convention and is declared to the ordre, and"
                + " neither fr.declaration nor fr.authorisation is recorded"),
        words(Locale.ENGLISH));
  }

  @Test
  void inGerman() {
    assertEquals(
        String.join(
            "\n",
            "Vorteil (avantage) vom 01.03.2025 in Höhe von 80,00\u00a0EUR inkl. MwSt. liegt über"
                + " der Schwelle von 10,00\u00a0EUR: Veröffentlichung auf Transparence Santé (Loi"
                + " Bertrand)",
            "Vorteil (avantage) vom 02.03.2025 in Höhe von 10,00\u00a0EUR inkl. MwSt. entspricht"
                + " genau der Schwelle von 10,00\u00a0EUR: Veröffentlichung auf Transparence Santé"
                + " (Loi Bertrand)",
            "Die Vereinbarung (convention) C-7 (1.300,00\u00a0EUR vom 03.03.2025) wird unabhängig"
                + " von ihrem Betrag auf Transparence Santé veröffentlicht (Loi Bertrand)",
            "Vorteil (avantage) vom 04.03.2025 in Höhe von 35,00\u00a0EUR inkl. MwSt. liegt über"
                + " der Schwelle von 10,00\u00a0EUR: Veröffentlichung auf Transparence Santé (Loi"
                + " Bertrand)",
            "Bewirtung, je Mahlzeit: 80,00\u00a0EUR für 1 Mahlzeit liegt über 50,00\u00a0EUR je"
                + " Mahlzeit; erforderlich ist eine Genehmigung (autorisation), keine bloße Anzeige"
                + " (déclaration), und in fr.authorisation ist keine Genehmigung erfasst",
            "Ein Honorar in Höhe von 1.300,00\u00a0EUR erfasst weder fr.hours noch fr.halfDays,"
                + " daher können die Schwellen von 200,00\u00a0EUR je Stunde und 800,00\u00a0EUR je"
                + " halben Tag nicht beurteilt werden",
            "Muster oder Vorführgerät in Höhe von 35,00\u00a0EUR vom 04.03.2025 ist nicht von"
                + " geringfügigem Wert (valeur négligeable): mehr als 20,00\u00a0EUR; erforderlich"
                + " sind eine Vereinbarung (convention) und eine Anzeige (déclaration) bei der"
                + " Kammer (ordre), und weder fr.declaration noch fr.authorisation ist erfasst"),
        words(Locale.GERMAN));
  }

  @Test
  void inFrench() {
    assertEquals(
        String.join(
            "\n",
            "Avantage de 80,00\u00a0EUR TTC du 01/03/2025, supérieur au seuil de 10,00\u00a0EUR :"
                + " publié sur Transparence Santé (loi Bertrand)",
            "Avantage de 10,00\u00a0EUR TTC du 02/03/2025, égal au seuil de 10,00\u00a0EUR : publié"
                + " sur Transparence Santé (loi Bertrand)",
            "La convention C-7 (1\u202f300,00\u00a0EUR du 03/03/2025) est publiée sur Transparence"
                + " Santé (loi Bertrand) quel que soit son montant",
            "Avantage de 35,00\u00a0EUR TTC du 04/03/2025, supérieur au seuil de 10,00\u00a0EUR :"
                + " publié sur Transparence Santé (loi Bertrand)",
            "Hospitalité, par repas : 80,00\u00a0EUR pour 1 repas dépasse 50,00\u00a0EUR par repas"
                + " ; une autorisation est requise (et non une simple déclaration) et aucune"
                + " référence d'autorisation n'est renseignée dans fr.authorisation",
            "Une rémunération de 1\u202f300,00\u00a0EUR ne renseigne ni fr.hours ni fr.halfDays :"
                + " les seuils de 200,00\u00a0EUR de l'heure et de 800,00\u00a0EUR la demi-journée"
                + " ne peuvent être appréciés",
            "Échantillon ou unité de démonstration de 35,00\u00a0EUR du 04/03/2025 : pas de valeur"
                + " négligeable, au-delà de 20,00\u00a0EUR ; une convention et une déclaration à"
                + " l'ordre sont requises, et ni fr.declaration ni fr.authorisation n'est"
                + " renseigné"),
        words(Locale.FRENCH));
  }

  @Test
  void unitsAreWordedInTheSingularForOneAndWithTheirDecimalsOtherwise() {
    Message hours =
        Message.of(
            FranceCode.AUTHORISATION_HOURS,
            Arg.of(Money.of("500.01", "EUR")),
            Arg.of(new BigDecimal("2.5")),
            Arg.of(Money.of("200.00", "EUR")),
            Arg.text(FranceFacts.AUTHORISATION.name()));
    assertEquals(
        "Fee for service: 500.01\u00a0EUR for 2.5 hours is above 200.00\u00a0EUR per hour; an"
            + " authorisation is needed (not a declaration) and no fr.authorisation is recorded",
        Messages.english().format(hours));
    Message nights =
        Message.of(
            FranceCode.AUTHORISATION_NIGHTS,
            Arg.of(Money.of("150.01", "EUR")),
            Arg.of(BigDecimal.ONE),
            Arg.of(Money.of("150.00", "EUR")),
            Arg.text(FranceFacts.AUTHORISATION.name()));
    assertEquals(
        "Unterbringung, je Nacht: 150,01\u00a0EUR für 1 Nacht liegt über 150,00\u00a0EUR je Nacht;"
            + " erforderlich ist eine Genehmigung (autorisation), keine bloße Anzeige"
            + " (déclaration), und in fr.authorisation ist keine Genehmigung erfasst",
        Messages.in(Locale.GERMAN).format(nights));
    assertEquals(
        "Rémunération de prestation : 500,01\u00a0EUR pour 2,5 heures dépasse 200,00\u00a0EUR de"
            + " l'heure ; une autorisation est requise (et non une simple déclaration) et aucune"
            + " référence d'autorisation n'est renseignée dans fr.authorisation",
        Messages.in(Locale.FRENCH).format(hours));
  }
}
