package dev.kamkit.rules.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What an assessment tells the account team: its explanation, word for word in English, German and
 * French, and its primary.
 */
class EngagementAssessmentTest {

  @Test
  void aPlacedAccountExplainsBothAxesItsFitTheQuadrantAndEveryRecommendation() {
    EngagementAssessment a =
        Candidates.assess(
            "a",
            Candidates.inputs(Rating.HIGH, Rating.MEDIUM)
                .withRating(Factor.OPENNESS_TO_PARTNERING, Rating.HIGH));
    assertEquals(
        String.join(
            "\n",
            "Account a (a): engagement model as of 2026-11-22 [policy kamkit-engagement-1]",
            "  Market complexity: 75.0 / 100, high (cut-off 50.0)",
            "    Competitive intensity: high (rated by the host)",
            "    Payer affordability pressure: high (rated by the host)",
            "    Decision-making complexity: high (rated by the host)",
            "    Difficulty finding patients: high (rated by the host)",
            "  Potential value: 50.0 / 100, high but on the border (cut-off 50.0)",
            "    Patient population: medium (rated by the host)",
            "    Unmet need: medium (rated by the host)",
            "    Differentiation: medium (rated by the host)",
            "    Growth opportunity: not assessed (no addressable whitespace cell recorded; the"
                + " host may rate it)",
            "  Strategic fit: 75.0 / 100, high (cut-off 50.0)",
            "    Openness to partnering: high (rated by the host)",
            "    Clinical-trial collaboration: not assessed (not in the account's data; the host"
                + " may rate it)",
            "    Innovation collaboration: not assessed (not in the account's data; the host may"
                + " rate it)",
            "  Grid: high complexity x high value",
            "  Recommended:",
            "    Strategic account management (primary): high complexity x high value: long-term"
                + " partnerships with a few important accounts that shape clinical practice",
            "    Account-based selling (alternative): on the border of high complexity x low value"
                + " (Potential value 50.0 near the cut-off 50.0)"),
        a.explain());
  }

  @Test
  void aPlacedAccountExplainsItselfInGerman() {
    EngagementAssessment a =
        Candidates.assess(
            "a",
            Candidates.inputs(Rating.HIGH, Rating.MEDIUM)
                .withRating(Factor.OPENNESS_TO_PARTNERING, Rating.HIGH));
    assertEquals(
        String.join(
            "\n",
            "Account a (a): Betreuungsmodell zum 22.11.2026 [Regelwerk kamkit-engagement-1]",
            "  Marktkomplexität: 75,0 / 100, hoch (Schwelle 50,0)",
            "    Wettbewerbsintensität: hoch (manuell bewertet)",
            "    Kostendruck bei den Kostenträgern: hoch (manuell bewertet)",
            "    Komplexität der Entscheidungswege: hoch (manuell bewertet)",
            "    Schwierigkeit, Patienten zu identifizieren: hoch (manuell bewertet)",
            "  Potenzialwert: 50,0 / 100, hoch, aber im Grenzbereich (Schwelle 50,0)",
            "    Patientenpopulation: mittel (manuell bewertet)",
            "    Ungedeckter medizinischer Bedarf: mittel (manuell bewertet)",
            "    Differenzierung: mittel (manuell bewertet)",
            "    Wachstumspotenzial: nicht bewertet (kein adressierbares Whitespace-Feld erfasst;"
                + " kann manuell bewertet werden)",
            "  Strategische Passung: 75,0 / 100, hoch (Schwelle 50,0)",
            "    Offenheit für Partnerschaften: hoch (manuell bewertet)",
            "    Zusammenarbeit bei klinischen Studien: nicht bewertet (nicht in den Account-Daten;"
                + " kann manuell bewertet werden)",
            "    Zusammenarbeit bei Innovationen: nicht bewertet (nicht in den Account-Daten; kann"
                + " manuell bewertet werden)",
            "  Matrix: hohe Komplexität x hoher Wert",
            "  Empfohlen:",
            "    Strategisches Key Account Management (primär): hohe Komplexität x hoher Wert:"
                + " langfristige Partnerschaften mit wenigen wichtigen Key Accounts, die die"
                + " klinische Praxis prägen",
            "    Account-based Selling (Alternative): im Grenzbereich zum Quadranten „hohe"
                + " Komplexität x niedriger Wert“ (Potenzialwert 50,0 nahe der Schwelle 50,0)"),
        a.explain(Locale.GERMAN));
  }

  @Test
  void anUnplacedAccountExplainsItselfInFrench() {
    EngagementAssessment a = Candidates.assess("u", EngagementInputs.none());
    assertEquals(
        String.join(
            "\n",
            "Account u (u) : modèle d’engagement au 22/11/2026 [référentiel kamkit-engagement-1]",
            "  Complexité du marché : non positionnée : aucun facteur évalué",
            "    Intensité concurrentielle : non évalué (ni paysage concurrentiel ni cellule"
                + " détenue par la concurrence enregistrés ; peut être évalué manuellement)",
            "    Contrainte budgétaire des payeurs : non évalué (aucun statut au livret"
                + " thérapeutique enregistré pour nos produits ; peut être évalué manuellement)",
            "    Complexité de la prise de décision : non évalué (aucune instance de décision,"
                + " aucun interlocuteur ayant un rôle d’achat et un seul site ; peut être évalué"
                + " manuellement)",
            "    Difficulté à identifier les patients : non évalué (absent des données du compte ;"
                + " peut être évalué manuellement)",
            "  Valeur potentielle : non positionnée : 1 seul facteur évalué",
            "    Population de patients : moyen (données : 300 lits exploités)",
            "    Besoin médical non couvert : non évalué (aucun parcours patient enregistré ; peut"
                + " être évalué manuellement)",
            "    Différenciation : non évalué (absent des données du compte ; peut être évalué"
                + " manuellement)",
            "    Potentiel de croissance : non évalué (aucune cellule whitespace adressable"
                + " enregistrée ; peut être évalué manuellement)",
            "  Non positionné dans la matrice :",
            "    - Complexité du marché non positionnable : 0 facteur évalué sur 4, 2 nécessaires ;"
                + " reste à évaluer : Intensité concurrentielle, Contrainte budgétaire des payeurs,"
                + " Complexité de la prise de décision, Difficulté à identifier les patients",
            "    - Valeur potentielle non positionnable : 1 facteur évalué sur 4, 2 nécessaires ;"
                + " reste à évaluer : Besoin médical non couvert, Différenciation, Potentiel de"
                + " croissance"),
        a.explain(Locale.FRENCH));
  }

  @Test
  void anUnplacedAccountLeavesOutAnUnassessedFitAndSaysWhatToAssess() {
    EngagementAssessment a = Candidates.assess("u", EngagementInputs.none());
    assertEquals(
        String.join(
            "\n",
            "Account u (u): engagement model as of 2026-11-22 [policy kamkit-engagement-1]",
            "  Market complexity: not placed: only 0 factors assessed",
            "    Competitive intensity: not assessed (no competitive landscape or competitor-held"
                + " cell recorded; the host may rate it)",
            "    Payer affordability pressure: not assessed (no formulary status recorded for our"
                + " products; the host may rate it)",
            "    Decision-making complexity: not assessed (no decision body, no stakeholder with a"
                + " buying role and one site; the host may rate it)",
            "    Difficulty finding patients: not assessed (not in the account's data; the host may"
                + " rate it)",
            "  Potential value: not placed: only 1 factor assessed",
            "    Patient population: medium (data: 300 staffed beds)",
            "    Unmet need: not assessed (no patient pathway recorded; the host may rate it)",
            "    Differentiation: not assessed (not in the account's data; the host may rate it)",
            "    Growth opportunity: not assessed (no addressable whitespace cell recorded; the"
                + " host may rate it)",
            "  Not placed on the grid:",
            "    - Market complexity cannot be placed: 0 of 4 factors assessed, 2 needed; still to"
                + " assess: Competitive intensity, Payer affordability pressure, Decision-making"
                + " complexity, Difficulty finding patients",
            "    - Potential value cannot be placed: 1 of 4 factors assessed, 2 needed; still to"
                + " assess: Unmet need, Differentiation, Growth opportunity"),
        a.explain());
  }

  @Test
  void thePrimaryIsTheModelInThePrimaryRoleWhereverItIsListed() {
    EngagementAssessment a = Candidates.assess("a", Candidates.inputs(Rating.HIGH, Rating.MEDIUM));
    Recommendation primary = a.recommendations().get(0);
    Recommendation alternative = a.recommendations().get(1);
    assertEquals(RecommendationRole.ALTERNATIVE, alternative.role());
    EngagementAssessment alternativeFirst =
        EngagementAssessment.builder()
            .from(a)
            .recommendations(List.of(alternative, primary))
            .build();
    assertEquals(
        Optional.of(EngagementModel.STRATEGIC_ACCOUNT_MANAGEMENT), alternativeFirst.primary());
    assertEquals(
        Optional.empty(),
        EngagementAssessment.builder()
            .from(a)
            .recommendations(List.of(alternative))
            .build()
            .primary());
  }
}
