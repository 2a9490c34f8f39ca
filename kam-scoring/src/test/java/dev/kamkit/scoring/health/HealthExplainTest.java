package dev.kamkit.scoring.health;

import static dev.kamkit.scoring.health.Fixtures.AS_OF;
import static dev.kamkit.scoring.health.Fixtures.LONG_AGO;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The words of a health result and of an under-served report, pinned in English, German and French.
 * The other tests assert codes and arguments; these catch a change in the bundles' words.
 *
 * <p>Amounts carry a no-break space before their currency, and French groups digits with a narrow
 * no-break space; both are compared as plain spaces.
 */
class HealthExplainTest {

  /**
   * A healthy account without formulary data, holding a GPO contract that ends in 60 days without a
   * successor: amber although the score is green.
   */
  private static HealthResult heldAtAmber() {
    KeyAccount account =
        Fixtures.profile(
            Fixtures.healthy("a").withFormulary(),
            p ->
                p.addContracts(
                    Fixtures.contract(
                            "gpo", LONG_AGO, AS_OF.plusDays(60), ContractStatus.ACTIVE, "1000.00")
                        .withKind(ContractKind.GPO)));
    return HealthScorer.withDefaults().score(account, AS_OF);
  }

  /**
   * The one in five of Veeva Business Consulting's "Unlocking True KAM Transformation", and an
   * account whose potential is unknown.
   */
  private static UnderServedReport oneInFive() {
    List<KeyAccount> accounts = new ArrayList<>(UnderServedAccountsTest.oneInFive().accounts());
    accounts.add(Fixtures.bare("unknown"));
    return UnderServedAccounts.withDefaults()
        .assess(Portfolio.builder().accounts(accounts).build(), AS_OF);
  }

  private static String plain(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  @Test
  void aHealthResultInEnglish() {
    assertEquals(
        """
        Account health: 82.4 / 100
          New stakeholder relationships: 17.6 of 17.6
            [STRENGTH] 3 new relationships in the 180 days to 2026-11-22: Jordan Reyes with Kei Ito\
         (since 2026-08-24), Priya Shah with Erik Lindqvist (since 2026-09-23), Jordan Reyes with\
         Dr. Ada Okafor (since 2026-10-23)
          Committee access gained: 17.6 of 17.6
            [STRENGTH] Access to System P&T Committee gained: Jordan Reyes with voting member\
         Dr. Ada Okafor since 2026-10-23
          Value initiatives launched: 11.8 of 11.8
            [STRENGTH] Launched in the 180 days to 2026-11-22: Initiative adherence (2026-10-08)
          Share of voice: does not apply
            [GAP] No competitor activity is recorded for the account
          Committee progression: does not apply
            [GAP] No committee submission was open or decided in the 180 days to 2026-11-22
          Formulary wins: does not apply
            [GAP] No formulary status is recorded for our products on or before 2026-11-22: record\
         formulary history to measure formulary wins
          Volume trend: 11.8 of 11.8
            [STRENGTH] Units: 110.0% of the period before, 1,100 in fiscal year 2025 against 1,000\
         in 2024
          Contract value in force: 11.8 of 11.8
            [STRENGTH] Contract value in force: 100.0% of the period before, 501,000.00 USD on\
         2026-11-22 (Contract c-2026, Contract gpo) against 501,000.00 USD on 2026-05-26\
         (Contract c-2026, Contract gpo)
          Contract renewal: 0.0 of 17.6
            [RISK] Contract gpo ends on 2027-01-21, in 60 days, without a signed successor
          Net revenue retention: 11.8 of 11.8
            [STRENGTH] Net revenue retained: 110.0% of the period before, 1,100,000.00 USD in\
         fiscal year 2025 against 1,000,000.00 USD in 2024
          Revenue trajectory: does not apply
            [GAP] No objective still being worked on 2026-11-22 has a revenue target: set one to\
         weigh the pipeline against the plan
          Leading indicators: 100.00 / 100
          Lagging indicators: 66.66 / 100
          Status AMBER: held at amber although the score 82.35 is at least 70: Contract gpo ends\
         on 2027-01-21, in 60 days, without a signed successor\
        """,
        plain(heldAtAmber().explain()));
  }

  @Test
  void aHealthResultInGerman() {
    assertEquals(
        """
        Account-Gesundheit: 82,4 / 100
          Neue Stakeholder-Beziehungen: 17,6 von 17,6
            [STÄRKE] 3 neue Beziehungen in den 180 Tagen bis 22.11.2026: Jordan Reyes mit Kei Ito\
         (seit 24.08.2026), Priya Shah mit Erik Lindqvist (seit 23.09.2026), Jordan Reyes mit\
         Dr. Ada Okafor (seit 23.10.2026)
          Gewonnener Gremienzugang: 17,6 von 17,6
            [STÄRKE] Zugang zu System P&T Committee gewonnen: Jordan Reyes mit dem\
         stimmberechtigten Mitglied Dr. Ada Okafor seit 23.10.2026
          Gestartete Value-Initiativen: 11,8 von 11,8
            [STÄRKE] Gestartet in den 180 Tagen bis 22.11.2026: Initiative adherence (08.10.2026)
          Kontaktanteil: entfällt
            [LÜCKE] Für den Account ist keine Aktivität von Wettbewerbern erfasst
          Fortschritt der Gremienanträge: entfällt
            [LÜCKE] In den 180 Tagen bis 22.11.2026 war kein Gremienantrag offen oder entschieden
          Listungserfolge: entfällt
            [LÜCKE] Für unsere Produkte ist bis einschließlich 22.11.2026 kein Listungsstatus\
         erfasst: Listungshistorie erfassen, um Listungserfolge zu messen
          Mengenentwicklung: 11,8 von 11,8
            [STÄRKE] Menge: 110,0 % des Vorzeitraums, 1.100 im Geschäftsjahr 2025 gegenüber 1.000\
         im Geschäftsjahr 2024
          Laufender Vertragswert: 11,8 von 11,8
            [STÄRKE] Laufender Vertragswert: 100,0 % des Vorzeitraums, 501.000,00 USD am\
         22.11.2026 (Contract c-2026, Contract gpo) gegenüber 501.000,00 USD am 26.05.2026\
         (Contract c-2026, Contract gpo)
          Vertragsverlängerung: 0,0 von 17,6
            [RISIKO] Contract gpo läuft am 21.01.2027 aus, in 60 Tagen, ohne unterzeichneten\
         Folgevertrag
          Nettoumsatzbindung: 11,8 von 11,8
            [STÄRKE] Gehaltener Nettoumsatz: 110,0 % des Vorzeitraums, 1.100.000,00 USD im\
         Geschäftsjahr 2025 gegenüber 1.000.000,00 USD im Geschäftsjahr 2024
          Umsatzverlauf: entfällt
            [LÜCKE] Kein am 22.11.2026 noch bearbeitetes Ziel hat ein Umsatzziel: eines festlegen, um\
         die Pipeline am Plan zu messen
          Frühindikatoren: 100,00 / 100
          Spätindikatoren: 66,66 / 100
          Ampel GELB: auf Gelb gehalten, obwohl der Score 82,35 mindestens 70 erreicht: Contract\
         gpo läuft am 21.01.2027 aus, in 60 Tagen, ohne unterzeichneten Folgevertrag\
        """,
        plain(heldAtAmber().explain(Locale.GERMAN)));
  }

  @Test
  void aHealthResultInFrench() {
    assertEquals(
        """
        Santé du compte : 82,4 / 100
          Nouvelles relations avec les parties prenantes : 17,6 sur 17,6
            [ATOUT] 3 nouvelles relations sur les 180 jours jusqu’au 22/11/2026 : Jordan Reyes avec\
         Kei Ito (depuis le 24/08/2026), Priya Shah avec Erik Lindqvist (depuis le 23/09/2026),\
         Jordan Reyes avec Dr. Ada Okafor (depuis le 23/10/2026)
          Accès aux commissions obtenu : 17,6 sur 17,6
            [ATOUT] Accès à System P&T Committee obtenu : Jordan Reyes avec le membre votant\
         Dr. Ada Okafor depuis le 23/10/2026
          Initiatives de valeur partagée lancées : 11,8 sur 11,8
            [ATOUT] Lancées sur les 180 jours jusqu’au 22/11/2026 : Initiative adherence\
         (08/10/2026)
          Part de voix : sans objet
            [LACUNE] Aucune activité de concurrent n'est enregistrée pour le compte
          Progression en commission : sans objet
            [LACUNE] Aucune soumission en commission n’était ouverte ou décidée sur les 180 jours\
         jusqu’au 22/11/2026
          Référencements obtenus : sans objet
            [LACUNE] Aucun statut de référencement n’est enregistré pour nos produits au\
         22/11/2026 ou avant : enregistrer l’historique du livret thérapeutique pour mesurer les\
         référencements obtenus
          Évolution des volumes : 11,8 sur 11,8
            [ATOUT] Volumes : 110,0 % de la période précédente, 1 100 sur l’exercice 2025 contre\
         1 000 sur l’exercice 2024
          Valeur des contrats en vigueur : 11,8 sur 11,8
            [ATOUT] Valeur des contrats en vigueur : 100,0 % de la période précédente,\
         501 000,00 USD au 22/11/2026 (Contract c-2026, Contract gpo) contre 501 000,00 USD au\
         26/05/2026 (Contract c-2026, Contract gpo)
          Renouvellement des contrats : 0,0 sur 17,6
            [RISQUE] Contract gpo prend fin le 21/01/2027, dans 60 jours, sans contrat de suite\
         signé
          Rétention du chiffre d’affaires net : 11,8 sur 11,8
            [ATOUT] Chiffre d’affaires net retenu : 110,0 % de la période précédente,\
         1 100 000,00 USD sur l’exercice 2025 contre 1 000 000,00 USD sur l’exercice 2024
          Trajectoire du chiffre d’affaires : sans objet
            [LACUNE] Aucun objectif encore en cours le 22/11/2026 n’a d’objectif de chiffre d’affaires :\
         en fixer un pour mesurer le pipeline au plan
          Indicateurs avancés : 100,00 / 100
          Indicateurs retardés : 66,66 / 100
          Statut ORANGE : maintenu à l’orange bien que le score de 82,35 soit supérieur ou égal à\
         70 : Contract gpo prend fin le 21/01/2027, dans 60 jours, sans contrat de suite signé\
        """,
        plain(heldAtAmber().explain(Locale.FRENCH)));
  }

  @Test
  void anUnderServedReportInEnglish() {
    assertEquals(
        """
        1 of 5 high-value accounts under-served (10 accounts judged, 1 left out)
          Account h5 holds 16.7% of the portfolio's potential (1,000,000.00 USD: fiscal year 2025\
         net revenue 1,000,000.00 USD plus 0.00 USD of unsold whitespace) and received 2.9% of its\
         completed interactions (3 of 103) in the 365 days to 2026-11-22: about 14 fewer than its\
         potential warrants
          [GAP] Account unknown is left out: no net revenue is recorded for fiscal year 2025, and\
         no unsold whitespace has an estimated value in USD\
        """,
        plain(oneInFive().explain()));
  }

  @Test
  void anUnderServedReportInGerman() {
    assertEquals(
        """
        1 von 5 High-Value-Accounts unterbetreut (10 Accounts bewertet, 1 ausgelassen)
          Account h5 hält 16,7 % des Portfolio-Potenzials (1.000.000,00 USD: Nettoumsatz im\
         Geschäftsjahr 2025 von 1.000.000,00 USD plus 0,00 USD an unverkauftem Whitespace) und\
         erhielt 2,9 % der abgeschlossenen Interaktionen (3 von 103) in den 365 Tagen bis\
         22.11.2026: rund 14 weniger, als sein Potenzial rechtfertigt
          [LÜCKE] Account unknown wird ausgelassen: für das Geschäftsjahr 2025 ist kein Nettoumsatz\
         erfasst, und kein unverkaufter Whitespace hat einen geschätzten Wert in USD\
        """,
        plain(oneInFive().explain(Locale.GERMAN)));
  }

  @Test
  void anUnderServedReportInFrench() {
    assertEquals(
        """
        1 sur 5 comptes à forte valeur insuffisamment suivis (10 comptes évalués, 1 écarté)
          Account h5 représente 16,7 % du potentiel du portefeuille (1 000 000,00 USD : chiffre\
         d’affaires net de l’exercice 2025 de 1 000 000,00 USD plus 0,00 USD d’espaces blancs non\
         vendus) et a reçu 2,9 % des interactions réalisées (3 sur 103) sur les 365 jours\
         jusqu’au 22/11/2026 : environ 14 de moins que ce que justifie son potentiel
          [LACUNE] Account unknown est écarté : aucun chiffre d’affaires net n’est enregistré pour\
         l’exercice 2025, et aucun espace blanc non vendu n’a de valeur estimée en USD\
        """,
        plain(oneInFive().explain(Locale.FRENCH)));
  }

  @Test
  void aLocaleWithoutWordsGetsEnglish() {
    assertEquals(heldAtAmber().explain(), heldAtAmber().explain(Locale.JAPANESE));
  }
}
