package dev.kamkit.scoring.completeness;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.CompetitorPosition;
import dev.kamkit.model.plan.Kpi;
import dev.kamkit.model.plan.KpiKind;
import dev.kamkit.model.plan.KpiPerspective;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ThreatLevel;
import dev.kamkit.model.plan.ValueProposition;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.fixtures.AccountFixture;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The words of a plan completeness explanation, pinned in English, German and French. */
class CompletenessWordsTest {

  /**
   * A plan refreshed only before reviews, on a large IDN with a thin map: one vague objective, one
   * action without an owner, only lagging KPIs, a bare competitor and half a value proposition.
   */
  private static KeyAccount account() {
    AccountPlan plan =
        AccountPlan.builder()
            .name("Riverside 2027")
            .addObjectives(
                Objective.builder()
                    .id(ObjectiveId.of("o1"))
                    .title("Formulary listing")
                    .measure("Listed")
                    .dueDate(AS_OF.plusMonths(3))
                    .build(),
                Objective.builder().id(ObjectiveId.of("o2")).title("Be a partner").build())
            .addActions(
                Action.builder()
                    .id(ActionId.of("a1"))
                    .title("Dossier")
                    .owner(TeamMemberId.of("kam"))
                    .dueDate(AS_OF)
                    .addObjectives(ObjectiveId.of("o1"))
                    .build(),
                Action.builder().id(ActionId.of("a2")).title("Lunch").build())
            .addKpis(
                Kpi.builder()
                    .id(KpiId.of("k1"))
                    .name("Volume")
                    .kind(KpiKind.LAGGING)
                    .perspective(KpiPerspective.COMPANY)
                    .build())
            .addCompetitiveLandscape(
                CompetitorPosition.builder().competitor("Rival").threat(ThreatLevel.HIGH).build())
            .valueProposition(
                ValueProposition.builder()
                    .statement("Fewer readmissions")
                    .clinicalRationale("RWE")
                    .build())
            .addUpdates(
                LocalDate.of(2026, 3, 25),
                LocalDate.of(2026, 6, 24),
                LocalDate.of(2026, 9, 28),
                LocalDate.of(2026, 11, 20))
            .addReviews(
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 11, 21))
            .build();
    return AccountFixture.largeIdn()
        .stakeholder(
            "cfo",
            StakeholderFunction.FINANCE,
            s -> s.sentiment(Sentiment.NEUTRAL),
            BuyingRole.ECONOMIC_BUYER)
        .stakeholder("pharm-dir", StakeholderFunction.PHARMACY, BuyingRole.TECHNICAL_BUYER)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .with(a -> a.plan(plan))
        .build();
  }

  private static Score score() {
    return CompletenessScorer.withDefaults().score(account(), AS_OF).score();
  }

  @Test
  void theExplanationInEnglish() {
    assertEquals(
        "Plan completeness: 34.0 / 100\n"
            + "  Account profile: 2.7 of 8.0\n"
            + "    [GAP] 2 of 8 profile facts recorded; missing: ownership, GPO affiliations,"
            + " contracts, EHR system, fiscal-year start, annual volumes\n"
            + "  Relationship map: 6.3 of 14.0\n"
            + "    [GAP] 2 stakeholders mapped; a map needs at least 5\n"
            + "    [GAP] 1 mapped stakeholder lacks a buying role or a sentiment: pharm-dir\n"
            + "  Whitespace grid: 0.0 of 10.0\n"
            + "    [GAP] No product of ours is recorded, so there is no whitespace grid\n"
            + "  Competitive landscape: 4.0 of 8.0\n"
            + "    [GAP] 1 competitor position recorded, none with strengths or weaknesses\n"
            + "  Value proposition and rationale: 5.0 of 10.0\n"
            + "    [GAP] Value proposition without a documented business rationale\n"
            + "  Formulary status: 0.0 of 8.0\n"
            + "    [GAP] No product of ours is recorded\n"
            + "  Measurable, dated objectives: 6.0 of 12.0\n"
            + "    [GAP] 1 of 2 objectives are measurable and dated; without a measure or due date:"
            + " Be a partner\n"
            + "  Objectives backed by pipeline: does not apply\n"
            + "    [GAP] No opportunity is recorded, so the plan is not weighed against a"
            + " pipeline\n"
            + "  Owned, dated actions: 6.0 of 12.0\n"
            + "    [GAP] 1 of 2 actions have an owner, a due date and an objective\n"
            + "  Leading and lagging KPIs: 4.0 of 8.0\n"
            + "    [GAP] Only lagging KPIs are tracked; leading indicators predict lagging ones\n"
            + "  Current, not rotten: 0.0 of 10.0\n"
            + "    [RISK] The plan was last updated on 2026-11-20, before the review of 2026-11-21:"
            + " the review changed nothing\n"
            + "    [RISK] All 4 updates in the last 365 days came within 14 days before a review:"
            + " the plan is refreshed for reviews, not kept in daily work\n"
            + "    [STRENGTH] Last updated 2026-11-20 (2 days ago; limit 90)\n"
            + "    [STRENGTH] Last reviewed 2026-11-21 (1 day ago; limit 120)",
        score().explain());
  }

  @Test
  void theExplanationInGerman() {
    assertEquals(
        "Planvollständigkeit: 34,0 / 100\n"
            + "  Accountprofil: 2,7 von 8,0\n"
            + "    [LÜCKE] 2 von 8 Profilangaben erfasst; es fehlen: Trägerschaft,"
            + " Einkaufsgemeinschaften, Verträge, KIS (Krankenhausinformationssystem), Beginn des"
            + " Geschäftsjahres, Jahresmengen\n"
            + "  Beziehungslandkarte: 6,3 von 14,0\n"
            + "    [LÜCKE] 2 Stakeholder erfasst; eine Beziehungslandkarte braucht mindestens 5\n"
            + "    [LÜCKE] Ohne Rolle im Einkaufsgremium oder Haltungseinschätzung: 1 erfasster"
            + " Stakeholder (pharm-dir)\n"
            + "  Whitespace-Raster: 0,0 von 10,0\n"
            + "    [LÜCKE] Kein eigenes Produkt erfasst, daher kein Whitespace-Raster\n"
            + "  Wettbewerbsumfeld: 4,0 von 8,0\n"
            + "    [LÜCKE] 1 Wettbewerberposition erfasst, keine mit Stärken oder Schwächen\n"
            + "  Nutzenversprechen und Begründung: 5,0 von 10,0\n"
            + "    [LÜCKE] Nutzenversprechen ohne dokumentierte wirtschaftliche Begründung\n"
            + "  Listungsstatus: 0,0 von 8,0\n"
            + "    [LÜCKE] Kein eigenes Produkt erfasst\n"
            + "  Messbare, terminierte Ziele: 6,0 von 12,0\n"
            + "    [LÜCKE] 1 von 2 Zielen messbar und terminiert; ohne Messgröße oder Termin: Be a"
            + " partner\n"
            + "  Ziele mit Pipeline: entfällt\n"
            + "    [LÜCKE] Keine Opportunity erfasst; der Plan wird nicht an einer Pipeline"
            + " gemessen\n"
            + "  Maßnahmen mit Verantwortlichem und Termin: 6,0 von 12,0\n"
            + "    [LÜCKE] 1 von 2 Maßnahmen mit Verantwortlichem, Termin und Ziel\n"
            + "  Früh- und Spätindikatoren: 4,0 von 8,0\n"
            + "    [LÜCKE] Nur Spätindikatoren werden verfolgt; Frühindikatoren würden sie"
            + " vorhersagen\n"
            + "  Aktuell, nicht veraltet: 0,0 von 10,0\n"
            + "    [RISIKO] Der Plan wurde zuletzt am 20.11.2026 aktualisiert, vor dem Review am"
            + " 21.11.2026: das Review hat nichts verändert\n"
            + "    [RISIKO] Alle 4 Aktualisierungen der letzten 365 Tage lagen höchstens 14 Tage"
            + " vor einem Review: der Plan wird für Reviews aufgefrischt, nicht im Tagesgeschäft"
            + " gepflegt\n"
            + "    [STÄRKE] Zuletzt aktualisiert am 20.11.2026 (vor 2 Tagen; Grenze 90)\n"
            + "    [STÄRKE] Zuletzt überprüft am 21.11.2026 (vor 1 Tag; Grenze 120)",
        score().explain(Locale.GERMAN));
  }

  @Test
  void theExplanationInFrench() {
    assertEquals(
        "Complétude du plan de compte : 34,0 / 100\n"
            + "  Profil du compte : 2,7 sur 8,0\n"
            + "    [LACUNE] 2 des 8 éléments de profil renseignés ; manquants : statut juridique,"
            + " groupements d’achats, contrats, logiciel de DPI, début de l’exercice, volumes"
            + " annuels\n"
            + "  Cartographie des relations : 6,3 sur 14,0\n"
            + "    [LACUNE] 2 interlocuteurs cartographiés ; une cartographie en exige au moins 5\n"
            + "    [LACUNE] Sans rôle d’achat ou sans opinion évaluée : 1 interlocuteur"
            + " cartographié (pharm-dir)\n"
            + "  Grille de potentiel (whitespace) : 0,0 sur 10,0\n"
            + "    [LACUNE] Aucun produit de notre portefeuille n’est enregistré : pas de grille de"
            + " potentiel\n"
            + "  Paysage concurrentiel : 4,0 sur 8,0\n"
            + "    [LACUNE] 1 position concurrentielle enregistrée, sans forces ni faiblesses\n"
            + "  Proposition de valeur et justification : 5,0 sur 10,0\n"
            + "    [LACUNE] Proposition de valeur sans justification économique documentée\n"
            + "  Statut de référencement : 0,0 sur 8,0\n"
            + "    [LACUNE] Aucun produit de notre portefeuille n’est enregistré\n"
            + "  Objectifs mesurables et datés : 6,0 sur 12,0\n"
            + "    [LACUNE] Objectifs mesurables et datés : 1 sur 2 ; sans indicateur de mesure ni"
            + " échéance : Be a partner\n"
            + "  Objectifs adossés au pipeline : sans objet\n"
            + "    [LACUNE] Aucune opportunité n’est enregistrée : le plan n’est pas confronté à un"
            + " pipeline\n"
            + "  Actions avec responsable et échéance : 6,0 sur 12,0\n"
            + "    [LACUNE] Actions avec responsable, échéance et objectif : 1 sur 2\n"
            + "  Indicateurs avancés et de résultat : 4,0 sur 8,0\n"
            + "    [LACUNE] Seuls des indicateurs de résultat sont suivis ; les indicateurs avancés"
            + " permettraient de les anticiper\n"
            + "  À jour, non figé : 0,0 sur 10,0\n"
            + "    [RISQUE] Le plan a été mis à jour pour la dernière fois le 20/11/2026, avant la"
            + " revue du 21/11/2026 : la revue n’a rien changé\n"
            + "    [RISQUE] Les 4 mises à jour des 365 derniers jours ont toutes eu lieu dans les"
            + " 14 jours précédant une revue : le plan est rafraîchi pour les revues, pas tenu à"
            + " jour au quotidien\n"
            + "    [ATOUT] Dernière mise à jour le 20/11/2026 (il y a 2 jours ; limite 90)\n"
            + "    [ATOUT] Dernière revue le 21/11/2026 (il y a 1 jour ; limite 120)",
        score().explain(Locale.FRENCH));
  }
}
