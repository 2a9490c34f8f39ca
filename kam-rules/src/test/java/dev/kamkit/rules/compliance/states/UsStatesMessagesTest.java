package dev.kamkit.rules.compliance.states;

import static dev.kamkit.rules.compliance.states.StatesFixture.fact;
import static dev.kamkit.rules.compliance.states.StatesFixture.nature;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.Fact;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.testing.MessageBundleContract;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The state pack's words: every code and name in every language, and pinned renderings. Natures of
 * payment are worded by the model's bundle, so the renderings take their names from there.
 */
class UsStatesMessagesTest {

  @Test
  void everyCodeAndNameIsWorded() {
    MessageBundleContract.check(
        List.of(UsStatesCode.values()),
        List.of(UsState.class, NjServiceKind.class, VermontCategory.class));
  }

  /** Minnesota, still 2025: a meal counted, one without a USD rate, one excepted. */
  private static Message minnesota() {
    StatesFixture mn =
        StatesFixture.in("MN")
            .physician("p")
            .pay("t1", "p", "2025-03-01", "50.01")
            .transfer(
                StatesFixture.tov("t2", "2025-03-02", "5.00 EUR").recipient(StakeholderId.of("p")))
            .pay("t3", "p", "2025-04-01", "40.00", fact(UsStatesFacts.MN_EXCEPTION, "samples"));
    return only(mn, "2025-11-30", "states.mn.gift-limit");
  }

  /** New Jersey 2020: over the cap by our consulting alone, an advisory board left out. */
  private static Message newJersey() {
    StatesFixture nj =
        StatesFixture.in("NJ")
            .physician("p")
            .pay("s1", "p", "2020-01-15", "10000.01", nature(NatureOfPayment.CONSULTING_FEE))
            .pay(
                "r",
                "p",
                "2020-02-01",
                "500.00",
                t ->
                    t.nature(NatureOfPayment.CONSULTING_FEE)
                        .addFact(
                            Fact.of(UsStatesFacts.NJ_SERVICE_KIND, NjServiceKind.ADVISORY_BOARD)));
    return only(nj, "2020-12-31", "states.nj.services-cap");
  }

  /** A meal in euros without a rate, to a Minnesota physician. */
  private static Message noRate() {
    StatesFixture mn =
        StatesFixture.in("MN")
            .physician("p")
            .transfer(
                StatesFixture.tov("t1", "2025-03-01", "46.12 EUR")
                    .recipient(StakeholderId.of("p")));
    return only(mn, "2025-12-31", "states.amount.no-usd-rate");
  }

  private static Message only(StatesFixture account, String asOf, String rule) {
    List<Finding> found = StatesFixture.check(account.build(), asOf, rule);
    assertEquals(1, found.size());
    return found.get(0).message();
  }

  @Test
  void english() {
    Messages en = Messages.english();
    String meal = en.name(NatureOfPayment.FOOD_AND_BEVERAGE);
    assertEquals(
        "Dr p, practising in Minnesota, received gifts from us worth 50.01\u00a0USD in 2025 so far"
            + " (1 amount without a USD rate not counted), over the 50.00\u00a0USD combined"
            + " calendar-year limit: t1 "
            + meal
            + " 50.01\u00a0USD on 2025-03-01, t2 "
            + meal
            + " 5.00\u00a0EUR (no USD rate) on 2025-03-02. Not counted: t3 (exception: samples).",
        en.format(minnesota()));
    assertEquals(
        "Dr p, prescribing in New Jersey, was paid 10,000.01\u00a0USD for bona fide services in"
            + " 2020, over the 10,000.00\u00a0USD cap across all manufacturers, by us alone (s1 "
            + en.name(NatureOfPayment.CONSULTING_FEE)
            + " 10,000.01\u00a0USD on 2020-01-15); no figure from other manufacturers was"
            + " supplied. Left out of the cap: r (advisory board).",
        en.format(newJersey()));
    assertEquals(
        "The 46.12\u00a0EUR of transfer t1 paid on 2025-03-01 has no USD rate, so it cannot be held"
            + " against the Minnesota limits: add a UsdRate for EUR effective on or before"
            + " 2025-03-01 in 2025 to the policy.",
        en.format(noRate()));
  }

  @Test
  void german() {
    Messages de = Messages.in(Locale.GERMAN);
    String meal = de.name(NatureOfPayment.FOOD_AND_BEVERAGE);
    assertEquals(
        "Dr p, tätig in Minnesota, hat 2025 bisher von uns Geschenke im Wert von 50,01\u00a0USD"
            + " erhalten (1 Betrag ohne USD-Kurs nicht mitgezählt), mehr als die Jahresgrenze von"
            + " insgesamt 50,00\u00a0USD: t1 "
            + meal
            + " 50,01\u00a0USD am 01.03.2025, t2 "
            + meal
            + " 5,00\u00a0EUR (ohne USD-Kurs) am 02.03.2025. Nicht mitgezählt: t3 (Ausnahme:"
            + " samples).",
        de.format(minnesota()));
    assertEquals(
        "Für den Betrag von 46,12\u00a0EUR der Zuwendung t1 vom 01.03.2025 gibt es keinen USD-Kurs;"
            + " er kann daher nicht an den Grenzwerten für den Bundesstaat Minnesota gemessen"
            + " werden: der Richtlinie einen UsdRate für EUR hinzufügen, gültig am oder vor dem"
            + " 01.03.2025 im Jahr 2025.",
        de.format(noRate()));
  }

  @Test
  void french() {
    Messages fr = Messages.in(Locale.FRENCH);
    String meal = fr.name(NatureOfPayment.FOOD_AND_BEVERAGE);
    assertEquals(
        "Dr p, exerçant dans le Minnesota, a reçu de notre part des cadeaux d'une valeur de"
            + " 50,01\u00a0USD en 2025 à ce jour (1 montant sans taux USD non compté), au-delà du"
            + " plafond annuel cumulé de 50,00\u00a0USD : t1 "
            + meal
            + " 50,01\u00a0USD le 01/03/2025, t2 "
            + meal
            + " 5,00\u00a0EUR (sans taux USD) le 02/03/2025. Non comptés : t3 (exception :"
            + " samples).",
        fr.format(minnesota()));
    assertEquals(
        "Le montant de 46,12\u00a0EUR du transfert de valeur t1 payé le 01/03/2025 n'a pas de taux"
            + " USD ; il ne peut donc pas être comparé aux plafonds applicables dans l'État du"
            + " Minnesota : ajouter à la politique un UsdRate pour EUR applicable au plus tard le"
            + " 01/03/2025, en 2025.",
        fr.format(noRate()));
  }

  @Test
  void pluralsAndOptionalPartsFollowTheCounts() {
    Messages en = Messages.english();
    assertEquals(
        "The Vermont disclosure for 2024 was due by 2025-04-01 and is not recorded as filed; it"
            + " covers 1 transfer. Record the filing with"
            + " UsStatesPolicy.builder().addVermontDisclosuresFiled(2024).",
        en.format(
            Message.of(
                UsStatesCode.VT_DISCLOSURE_OVERDUE,
                Arg.year(2024),
                Arg.of(LocalDate.of(2025, 4, 1)),
                Arg.of(1))));
    assertEquals(
        "New Jersey's meal cap for 2025 is CPI-indexed and kamkit ships no verified value (it holds"
            + " 2018 and 2019), so 3 meals to New Jersey prescribers are not judged. Supply it with"
            + " UsStatesPolicy.builder().addNjMealCaps(NjMealCap.of(2025, cap, source)).",
        en.format(Message.of(UsStatesCode.NJ_MEAL_CAP_UNKNOWN, Arg.year(2025), Arg.of(3))));
    assertEquals(
        "Für 2023 ist keine Registrierung in Vermont erfasst (fällig bis 01.01.2023), obwohl in"
            + " diesem Jahr 2 Zuwendungen an in Vermont tätige Fachkreisangehörige gingen. Die"
            + " Registrierung mit UsStatesPolicy.builder().addVermontRegistrations(2023) erfassen.",
        Messages.in(Locale.GERMAN)
            .format(
                Message.of(
                    UsStatesCode.VT_REGISTRATION_MISSING,
                    Arg.year(2023),
                    Arg.of(LocalDate.of(2023, 1, 1)),
                    Arg.of(2))));
  }
}
