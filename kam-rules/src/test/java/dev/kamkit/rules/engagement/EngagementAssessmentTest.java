package dev.kamkit.rules.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an assessment tells the account team: its explanation, word for word, and its primary. */
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
                + " (potential value 50.0 near the cut-off 50.0)"),
        a.explain());
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
            "    - Cannot place market complexity: 0 of 4 factors assessed, 2 needed; assess"
                + " competitive intensity, payer affordability pressure, decision-making"
                + " complexity, difficulty finding patients",
            "    - Cannot place potential value: 1 of 4 factors assessed, 2 needed; assess unmet"
                + " need, differentiation, growth opportunity"),
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
