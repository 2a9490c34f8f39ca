package dev.kamkit.scoring.coverage;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static dev.kamkit.scoring.fixtures.AccountFixture.votesOn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.CommitteeRole;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.scoring.fixtures.AccountFixture;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The words of a coverage explanation and of the next stakeholders, pinned in English, German and
 * French. Role and seniority names come from kam-model's bundles: until those name them, the
 * renderer falls back to the constant's name in lower case ("economic buyer"), which these
 * renderings show.
 */
class CoverageWordsTest {
  private final CoverageScorer scorer = CoverageScorer.withDefaults();

  /**
   * A large IDN held by one KAM through a retiring champion: a P&amp;T committee reached through
   * her, the CFO on it unheld, a sceptical pharmacy director, an unranked-above blocker.
   */
  private static KeyAccount account() {
    return AccountFixture.largeIdn()
        .committee("pt", DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
        .stakeholder(
            "dr-hale",
            StakeholderFunction.CLINICAL,
            s ->
                s.status(StakeholderStatus.RETIRING)
                    .departureDate(AS_OF.plusMonths(4))
                    .sentiment(Sentiment.ADVOCATE)
                    .addCommitteeMemberships(
                        CommitteeMembership.of(DecisionBodyId.of("pt"), CommitteeRole.CHAIR)),
            BuyingRole.CLINICAL_CHAMPION)
        .stakeholder("cfo", StakeholderFunction.FINANCE, votesOn("pt"), BuyingRole.ECONOMIC_BUYER)
        .stakeholder(
            "pharm-dir",
            StakeholderFunction.PHARMACY,
            s -> s.sentiment(Sentiment.SCEPTIC),
            BuyingRole.TECHNICAL_BUYER)
        .stakeholder(
            "vp-supply",
            StakeholderFunction.PROCUREMENT,
            s -> s.seniority(Seniority.SENIOR_LEADER),
            BuyingRole.BLOCKER)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .member("ma", TeamFunction.MARKET_ACCESS)
        .holds("kam", "dr-hale", AS_OF.minusDays(5))
        .holds("kam", "pharm-dir", AS_OF.minusDays(120))
        .build();
  }

  @Test
  void theExplanationInEnglish() {
    assertEquals(
        "Relationship coverage: 48.5 / 100\n"
            + "  Key buying roles mapped and held: 12.5 of 25.0\n"
            + "    [GAP] Economic buyer cfo is mapped but nobody of ours holds them actively\n"
            + "    [GAP] Technical buyer pharm-dir is mapped but nobody of ours holds them"
            + " actively\n"
            + "    [STRENGTH] Clinical champion dr-hale held by kam\n"
            + "    [GAP] No user is mapped\n"
            + "    [RISK] Clinical champion dr-hale is retiring on 2027-03-22: build a successor"
            + " relationship\n"
            + "    [RISK] Blocker vp-supply (senior leader) outranks everyone we hold\n"
            + "  Key committees reached through a voting member: 20.0 of 20.0\n"
            + "    [STRENGTH] pt reached through dr-hale\n"
            + "  Stakeholders held actively: 4.2 of 25.0\n"
            + "    [GAP] 1 stakeholder held actively; target 6 for a large account, floor 4\n"
            + "    [RISK] 1 relationship has had no interaction for more than 90 days: pharm-dir\n"
            + "  Stakeholders mapped: 2.7 of 10.0\n"
            + "    [GAP] 4 stakeholders mapped; target 15\n"
            + "  Multithreading: our people holding actively, the account's functions reached: 2.9"
            + " of 10.0\n"
            + "    [RISK] Single-threaded on our side: every active relationship runs through kam\n"
            + "    [RISK] Single-threaded on the account's side: our only active relationship is"
            + " with dr-hale\n"
            + "    [GAP] 1 of our people (target 3) reach 1 of the account's functions (target 4)\n"
            + "  Mean sentiment of assessed stakeholders: 6.2 of 10.0\n"
            + "    [GAP] 1 of 2 assessed stakeholders are advocates or supporters; sceptics and"
            + " detractors: pharm-dir\n"
            + "  Status RED: Single-threaded on our side: every active relationship runs through"
            + " kam; Single-threaded on the account's side: our only active relationship is with"
            + " dr-hale",
        scorer.score(account(), AS_OF).explain());
  }

  @Test
  void theExplanationInGerman() {
    assertEquals(
        "Beziehungsabdeckung: 48,5 / 100\n"
            + "  Schlüsselrollen im Einkaufsgremium erfasst und betreut: 12,5 von 25,0\n"
            + "    [LÜCKE] Wirtschaftlicher Entscheider cfo: erfasst, aber von niemandem bei uns"
            + " aktiv betreut\n"
            + "    [LÜCKE] Technischer Entscheider pharm-dir: erfasst, aber von niemandem bei uns"
            + " aktiv betreut\n"
            + "    [STÄRKE] Klinischer Champion dr-hale, betreut von kam\n"
            + "    [LÜCKE] Anwender: niemand erfasst\n"
            + "    [RISIKO] Klinischer Champion dr-hale geht am 22.03.2027 in den Ruhestand:"
            + " Nachfolgebeziehung aufbauen\n"
            + "    [RISIKO] Blockierer vp-supply (Obere Führungsebene) steht hierarchisch über"
            + " allen unseren Kontakten\n"
            + "  Schlüsselgremien über ein stimmberechtigtes Mitglied erreicht: 20,0 von 20,0\n"
            + "    [STÄRKE] pt erreicht über dr-hale\n"
            + "  Aktiv betreute Stakeholder: 4,2 von 25,0\n"
            + "    [LÜCKE] 1 aktiv betreuter Stakeholder; Ziel 6 bei Accountgröße „groß“,"
            + " Untergrenze 4\n"
            + "    [RISIKO] 1 Beziehung hatte seit mehr als 90 Tagen keinen Kontakt: pharm-dir\n"
            + "  Erfasste Stakeholder: 2,7 von 10,0\n"
            + "    [LÜCKE] 4 Stakeholder erfasst; Ziel 15\n"
            + "  Mehrgleisigkeit: aktiv betreuende Mitarbeitende, erreichte Funktionsbereiche: 2,9"
            + " von 10,0\n"
            + "    [RISIKO] Eingleisig auf unserer Seite: jede aktive Beziehung läuft über kam\n"
            + "    [RISIKO] Eingleisig auf Kundenseite: unsere einzige aktive Beziehung ist"
            + " dr-hale\n"
            + "    [LÜCKE] Mitarbeitende bei uns: 1 (Ziel 3); erreichte Funktionsbereiche des"
            + " Accounts: 1 (Ziel 4)\n"
            + "  Durchschnittliche Haltung der eingeschätzten Stakeholder: 6,2 von 10,0\n"
            + "    [LÜCKE] Befürworter oder Unterstützer: 1 von 2 eingeschätzten Stakeholdern;"
            + " Skeptiker und Gegner: pharm-dir\n"
            + "  Ampelstatus ROT: Eingleisig auf unserer Seite: jede aktive Beziehung läuft über"
            + " kam; Eingleisig auf Kundenseite: unsere einzige aktive Beziehung ist dr-hale",
        scorer.score(account(), AS_OF).explain(Locale.GERMAN));
  }

  @Test
  void theExplanationInFrench() {
    assertEquals(
        "Couverture relationnelle : 48,5 / 100\n"
            + "  Rôles clés du centre d’achat cartographiés et suivis : 12,5 sur 25,0\n"
            + "    [LACUNE] Décideur économique cfo : cartographié, mais sans suivi actif de notre"
            + " part\n"
            + "    [LACUNE] Évaluateur technique pharm-dir : cartographié, mais sans suivi actif de"
            + " notre part\n"
            + "    [ATOUT] Champion clinique dr-hale : suivi assuré par kam\n"
            + "    [LACUNE] Aucun utilisateur identifié\n"
            + "    [RISQUE] Champion clinique dr-hale part à la retraite le 22/03/2027 : construire"
            + " une relation de relève\n"
            + "    [RISQUE] Opposant vp-supply (cadre dirigeant) est hiérarchiquement au-dessus de"
            + " tous nos contacts\n"
            + "  Instances clés atteintes via un membre votant : 20,0 sur 20,0\n"
            + "    [ATOUT] pt : accès via dr-hale\n"
            + "  Interlocuteurs suivis activement : 4,2 sur 25,0\n"
            + "    [LACUNE] 1 interlocuteur suivi activement ; objectif 6, plancher 4 (taille du"
            + " compte : grand)\n"
            + "    [RISQUE] 1 relation sans interaction depuis plus de 90 jours : pharm-dir\n"
            + "  Interlocuteurs cartographiés : 2,7 sur 10,0\n"
            + "    [LACUNE] 4 interlocuteurs cartographiés ; objectif 15\n"
            + "  Contacts multiples : collaborateurs impliqués, fonctions du compte atteintes : 2,9"
            + " sur 10,0\n"
            + "    [RISQUE] Contact unique de notre côté : toutes les relations actives passent par"
            + " kam\n"
            + "    [RISQUE] Contact unique côté client : notre seule relation active est avec"
            + " dr-hale\n"
            + "    [LACUNE] Collaborateurs impliqués : 1 (objectif 3) ; fonctions du compte"
            + " atteintes : 1 (objectif 4)\n"
            + "  Opinion moyenne des interlocuteurs évalués : 6,2 sur 10,0\n"
            + "    [LACUNE] Promoteurs ou soutiens : 1 sur 2 interlocuteurs évalués ; sceptiques et"
            + " détracteurs : pharm-dir\n"
            + "  Statut ROUGE : Contact unique de notre côté : toutes les relations actives passent"
            + " par kam ; Contact unique côté client : notre seule relation active est avec"
            + " dr-hale",
        scorer.score(account(), AS_OF).explain(Locale.FRENCH));
  }

  @Test
  void eachNextStakeholderSaysThePointsItAddsInEachLanguage() {
    List<NextStakeholder> next = scorer.nextStakeholders(account(), AS_OF);
    assertEquals(
        List.of(
            "+10.19 points: ma to engage cfo (economic buyer), who sits on 1 decision body",
            "+10.19 points: ma to engage pharm-dir (technical buyer)",
            "+7.07 points: ma to engage vp-supply (blocker)",
            "+1.66 points: ma to engage dr-hale (clinical champion), who sits on 1 decision body,"
                + " as a second thread"),
        words(next, Locale.ENGLISH));
    assertEquals(
        List.of(
            "+10,19 Punkte: ma soll cfo (Wirtschaftlicher Entscheider) ansprechen, Mitglied in 1"
                + " Entscheidungsgremium",
            "+10,19 Punkte: ma soll pharm-dir (Technischer Entscheider) ansprechen",
            "+7,07 Punkte: ma soll vp-supply (Blockierer) ansprechen",
            "+1,66 Punkte: ma soll dr-hale (Klinischer Champion) als zweiter Kontakt ansprechen,"
                + " Mitglied in 1 Entscheidungsgremium"),
        words(next, Locale.GERMAN));
    assertEquals(
        List.of(
            "+10,19 points : ma doit rencontrer cfo (décideur économique), membre d’une instance de"
                + " décision",
            "+10,19 points : ma doit rencontrer pharm-dir (évaluateur technique)",
            "+7,07 points : ma doit rencontrer vp-supply (opposant)",
            "+1,66 points : ma doit rencontrer dr-hale (champion clinique), membre d’une instance"
                + " de décision, en second contact"),
        words(next, Locale.FRENCH));
    // the English words are also the message's toString()
    assertEquals(words(next, Locale.ENGLISH).get(0), next.get(0).why().toString());
  }

  private static List<String> words(List<NextStakeholder> next, Locale locale) {
    Messages messages = Messages.in(locale);
    return next.stream().map(n -> messages.format(n.why())).toList();
  }
}
