package dev.kamkit.rules.compliance.conduct;

import static dev.kamkit.rules.compliance.conduct.ConductFixture.HALE;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.account;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.agreement;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.check;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.fee;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.programme;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.talk;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.ServiceKind;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.testing.MessageBundleContract;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The conduct pack's words: every code in every language, and pinned renderings. Model enums (the
 * agreement's kind) are worded by the model's bundle, so the renderings take their names from
 * there.
 */
class ConductMessagesTest {

  @Test
  void everyCodeIsWorded() {
    MessageBundleContract.check(List.of(ConductCode.values()), List.of());
  }

  /** An unsigned consulting agreement; with a fee paid under it, or none. */
  private static Message unsigned(boolean paid) {
    var a =
        account()
            .addServiceAgreements(
                agreement("sa-1", "2026-03-01").signedOn(Optional.empty()).build());
    if (paid) {
      a.addTransfersOfValue(fee("fee-1", "2026-03-15", "sa-1"));
    }
    List<Finding> found = check(a.build());
    assertEquals(1, found.size());
    return found.get(0).message();
  }

  /** Dr. Hale at a second dinner talk on the same topic. */
  private static Message repeat() {
    return check(
            account()
                .addInteractions(
                    programme("sp-1", "2026-04-02", talk("Dosing update"), HALE),
                    programme("sp-2", "2026-06-10", talk("Dosing update").mealServed(true), HALE))
                .build())
        .get(0)
        .message();
  }

  @Test
  void english() {
    Messages en = Messages.english();
    String consulting = en.name(ServiceKind.CONSULTING);
    assertEquals(
        "The service agreement sa-1 ("
            + consulting
            + ") with Dr. Hale (term from 2026-03-01) is"
            + " not signed",
        en.format(unsigned(false)));
    assertEquals(
        "The service agreement sa-1 ("
            + consulting
            + ") with Dr. Hale (term from 2026-03-01) is"
            + " not signed; payments under it: fee-1 (1,500.00\u00a0USD on 2026-03-15)",
        en.format(unsigned(true)));
    assertEquals(
        "Dr. Hale attended speaker programme sp-2 on 2026-06-10 (\"Dosing update\"), with a meal,"
            + " after attending speaker programme sp-1 on 2026-04-02 (\"Dosing update\") on the"
            + " same topic, and no educational need to attend again is recorded",
        repeat().toString());
  }

  @Test
  void german() {
    Messages de = Messages.in(Locale.GERMAN);
    String consulting = de.name(ServiceKind.CONSULTING);
    assertEquals(
        "Der Dienstleistungsvertrag sa-1 ("
            + consulting
            + ") mit Dr. Hale (Laufzeit ab"
            + " 01.03.2026) ist nicht unterzeichnet; Zahlungen unter diesem Vertrag: fee-1"
            + " (1.500,00\u00a0USD am 15.03.2026)",
        de.format(unsigned(true)));
    assertEquals(
        "Dr. Hale hat an der Referentenveranstaltung sp-2 am 10.06.2026 („Dosing update“) mit"
            + " Bewirtung teilgenommen, nachdem er oder sie bereits an der Referentenveranstaltung"
            + " sp-1 am 02.04.2026 („Dosing update“) zum selben Thema teilgenommen hatte; ein"
            + " fachlicher Fortbildungsbedarf für die erneute Teilnahme ist nicht dokumentiert",
        de.format(repeat()));
  }

  @Test
  void french() {
    Messages fr = Messages.in(Locale.FRENCH);
    String consulting = fr.name(ServiceKind.CONSULTING);
    assertEquals(
        "La convention de prestation de services sa-1 ("
            + consulting
            + ") avec Dr. Hale (en"
            + " vigueur à compter du 01/03/2026) n'est pas signée",
        fr.format(unsigned(false)));
    assertEquals(
        "Dr. Hale a assisté, avec repas, à la réunion avec intervenant sp-2 du 10/06/2026"
            + " (« Dosing update ») après avoir assisté à la réunion sp-1 du 02/04/2026"
            + " (« Dosing update ») sur le même thème, sans besoin de formation documenté"
            + " justifiant une nouvelle participation",
        fr.format(repeat()));
  }

  /**
   * A meal of {@code perPerson} dollars a head, over the company's $50 cap, shared by {@code
   * partook}.
   */
  private static Message overCap(String amount, String perPerson, int partook) {
    return Message.of(
        ConductCode.MEAL_OVER_CAP,
        Arg.of(TransferOfValueId.of("t-1")),
        Arg.of(Money.parse(amount + " USD")),
        Arg.of(LocalDate.of(2026, 5, 4)),
        Arg.of(Message.of(ConductCode.RECIPIENT_PERSON, Arg.of(HALE, "Dr. Hale"))),
        Arg.of(Money.parse(perPerson + " USD")),
        Arg.of(partook),
        Arg.of(Money.parse("50.00 USD")));
  }

  @Test
  void aMealOverTheCapCountsThePeopleOnlyWhenThereAreSeveral() {
    Messages en = Messages.english();
    assertEquals(
        "Meal t-1 (50.01\u00a0USD on 2026-05-04) to Dr. Hale cost 50.01\u00a0USD, more than the"
            + " company's cap of 50.00\u00a0USD per person",
        en.format(overCap("50.01", "50.01", 1)));
    assertEquals(
        "Meal t-1 (150.03\u00a0USD on 2026-05-04) to Dr. Hale cost 50.01\u00a0USD for each of the"
            + " 3 who had it, more than the company's cap of 50.00\u00a0USD per person",
        en.format(overCap("150.03", "50.01", 3)));
    Messages de = Messages.in(Locale.GERMAN);
    assertEquals(
        "Bewirtung t-1 (50,01\u00a0USD am 04.05.2026) an Dr. Hale kostete 50,01\u00a0USD, mehr als"
            + " die unternehmenseigene Obergrenze von 50,00\u00a0USD pro Person",
        de.format(overCap("50.01", "50.01", 1)));
    assertEquals(
        "Bewirtung t-1 (150,03\u00a0USD am 04.05.2026) an Dr. Hale kostete 50,01\u00a0USD für jede"
            + " der 3 Personen, die daran teilnahmen, mehr als die unternehmenseigene Obergrenze"
            + " von 50,00\u00a0USD pro Person",
        de.format(overCap("150.03", "50.01", 3)));
    Messages fr = Messages.in(Locale.FRENCH);
    assertEquals(
        "Le repas t-1 (50,01\u00a0USD le 04/05/2026) offert à Dr. Hale a coûté 50,01\u00a0USD, plus"
            + " que le plafond de l'entreprise de 50,00\u00a0USD par personne",
        fr.format(overCap("50.01", "50.01", 1)));
    assertEquals(
        "Le repas t-1 (150,03\u00a0USD le 04/05/2026) offert à Dr. Hale a coûté 50,01\u00a0USD pour"
            + " chacune des 3 personnes présentes, plus que le plafond de l'entreprise de"
            + " 50,00\u00a0USD par personne",
        fr.format(overCap("150.03", "50.01", 3)));
  }
}
