package dev.kamkit.rules.engagement;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Worked examples of the SAM cap. */
class SamAllocatorTest {
  private final SamAllocator allocator = SamAllocator.withDefaults();

  /**
   * 40 accounts (Prolifiq, "Pharma Key Account Management"), each complex and valuable, values
   * stepping down with the id.
   */
  private static List<EngagementAssessment> fortySamCandidates() {
    Rating[] steps = {Rating.VERY_HIGH, Rating.HIGH, Rating.MEDIUM};
    List<EngagementAssessment> all = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Rating population = steps[Math.min(i / 3, 8) % 3];
      Rating unmet = steps[(i / 9) % 3];
      all.add(
          Candidates.assess(
              String.format("a%02d", i),
              Candidates.inputs(Rating.HIGH, population, unmet, Rating.VERY_HIGH)));
    }
    return all;
  }

  @Test
  void ofFortyCandidatesTheCapKeepsEightAndSaysWhoWasHeldBackAndWhy() {
    SamAllocation sam = allocator.allocate(fortySamCandidates(), AS_OF);
    assertEquals(40, sam.portfolioSize());
    assertEquals(8, sam.cap());
    assertEquals(
        Message.of(
            EngagementCode.SAM_CAP,
            Arg.of(10),
            Arg.of(new BigDecimal("20")),
            Arg.of(40),
            Arg.of(8)),
        sam.capReason());
    assertEquals("the smaller of 10 accounts and 20% of 40 (8)", sam.capReason().toString());
    assertEquals(40, sam.candidates().size());
    assertEquals(8, sam.selected().size());
    assertEquals(32, sam.heldBack().size());
    HeldBack ninth = sam.heldBack().get(0);
    assertEquals(9, ninth.rank());
    assertEquals(EngagementModel.ACCOUNT_BASED_SELLING, ninth.instead());
    EngagementAssessment last =
        fortySamCandidates().stream()
            .filter(a -> a.account().equals(sam.selected().get(7)))
            .findFirst()
            .orElseThrow();
    EngagementAssessment ninthAssessment =
        fortySamCandidates().stream()
            .filter(a -> a.account().equals(ninth.account()))
            .findFirst()
            .orElseThrow();
    assertEquals(
        Message.of(
            EngagementCode.HELD_BACK_RANKED,
            Arg.of(9),
            Arg.of(ninthAssessment.value().value().orElseThrow()),
            Arg.of(8),
            Arg.of(last.account()),
            Arg.of(last.value().value().orElseThrow()),
            Arg.of(EngagementModel.ACCOUNT_BASED_SELLING)),
        ninth.why());
    assertTrue(
        sam.explain()
            .startsWith("Strategic account management: 8 of 40 candidates selected; cap 8"),
        sam.explain());
  }

  @Test
  void theHighestPotentialValueIsSelectedFirstAndTiesGoByAccountId() {
    List<EngagementAssessment> all =
        List.of(
            Candidates.assess("b", Candidates.inputs(Rating.HIGH, Rating.HIGH)),
            Candidates.assess("a", Candidates.inputs(Rating.HIGH, Rating.HIGH)),
            Candidates.assess("c", Candidates.inputs(Rating.HIGH, Rating.VERY_HIGH)),
            Candidates.assess("d", Candidates.inputs(Rating.LOW, Rating.LOW)),
            Candidates.assess("e", Candidates.inputs(Rating.LOW, Rating.LOW)),
            Candidates.assess("f", Candidates.inputs(Rating.LOW, Rating.LOW)),
            Candidates.assess("g", Candidates.inputs(Rating.LOW, Rating.LOW)),
            Candidates.assess("h", Candidates.inputs(Rating.LOW, Rating.LOW)),
            Candidates.assess("i", Candidates.inputs(Rating.LOW, Rating.LOW)),
            Candidates.assess("j", Candidates.inputs(Rating.LOW, Rating.LOW)));
    SamAllocation sam = allocator.allocate(all, AS_OF);
    assertEquals(2, sam.cap());
    assertEquals(List.of(AccountId.of("c"), AccountId.of("a")), sam.selected());
    assertEquals(AccountId.of("b"), sam.heldBack().get(0).account());
  }

  @Test
  void samAsAPrimaryModelRanksBeforeSamAsABorderlineAlternative() {
    // b's value, 47.5, sits just under the cut-off: SAM is only its alternative, however complex
    // b is
    List<EngagementAssessment> all =
        List.of(
            Candidates.assess("a", Candidates.inputs(Rating.HIGH, Rating.MEDIUM)),
            Candidates.assess(
                "b",
                Candidates.inputs(Rating.VERY_HIGH, Rating.MEDIUM)
                    .withRating(Factor.GROWTH_OPPORTUNITY, Rating.LOW)),
            Candidates.assess("c", Candidates.inputs(Rating.LOW, Rating.LOW)),
            Candidates.assess("d", Candidates.inputs(Rating.LOW, Rating.LOW)),
            Candidates.assess("e", Candidates.inputs(Rating.LOW, Rating.LOW)));
    assertEquals(EngagementModel.ACCOUNT_BASED_SELLING, all.get(1).primary().orElseThrow());
    assertTrue(all.get(1).recommends(EngagementModel.STRATEGIC_ACCOUNT_MANAGEMENT));
    SamAllocation sam = allocator.allocate(all, AS_OF);
    assertEquals(List.of(AccountId.of("a"), AccountId.of("b")), sam.candidates());
    assertEquals(List.of(AccountId.of("a")), sam.selected());
  }

  @Test
  void aSmallPortfolioMayStillHoldOneStrategicAccountUnlessThePolicySaysNone() {
    List<EngagementAssessment> three =
        List.of(
            Candidates.assess("a", Candidates.inputs(Rating.HIGH, Rating.HIGH)),
            Candidates.assess("b", Candidates.inputs(Rating.HIGH, Rating.VERY_HIGH)),
            Candidates.assess("c", Candidates.inputs(Rating.LOW, Rating.LOW)));
    SamAllocation sam = allocator.allocate(three, AS_OF);
    assertEquals(1, sam.cap());
    assertEquals(
        Message.of(
            EngagementCode.SAM_CAP_RAISED,
            Arg.of(10),
            Arg.of(new BigDecimal("20")),
            Arg.of(3),
            Arg.of(0),
            Arg.of(1)),
        sam.capReason());
    assertEquals(
        "the smaller of 10 accounts and 20% of 3 (0), raised to the minimum of 1",
        sam.capReason().toString());
    assertEquals(List.of(AccountId.of("b")), sam.selected());

    SamAllocation none =
        SamAllocator.of(SamPolicy.defaults().withMinSamAccounts(0)).allocate(three, AS_OF);
    assertEquals(0, none.cap());
    assertTrue(none.selected().isEmpty());
    assertEquals(
        Message.of(
            EngagementCode.HELD_BACK_NONE_ALLOWED, Arg.of(EngagementModel.ACCOUNT_BASED_SELLING)),
        none.heldBack().get(0).why());
  }

  @Test
  void twoAssessmentsOfOneAccountAreRefused() {
    EngagementAssessment a = Candidates.assess("a", Candidates.inputs(Rating.HIGH, Rating.HIGH));
    assertThrows(IllegalArgumentException.class, () -> allocator.allocate(List.of(a, a), AS_OF));
  }

  /** Assessed with a borderline band of 10, so a complexity of 43.75 is on the border. */
  private static EngagementAssessment wide(String id, EngagementInputs inputs) {
    return EngagementAssessor.of(EngagementPolicy.defaults().withBorderlineBand(BigDecimal.TEN))
        .assess(Candidates.account(id), inputs, AS_OF);
  }

  @Test
  void samAsThePrimaryModelOutranksAnAlternativeOfHigherPotentialValue() {
    // b is worth 100 but its complexity, 43.75, only borders the SAM quadrant; a is worth 50
    EngagementAssessment b =
        wide(
            "b",
            EngagementInputs.builder()
                .competitiveIntensity(Rating.HIGH)
                .payerAffordabilityPressure(Rating.MEDIUM)
                .decisionMakingComplexity(Rating.LOW)
                .patientFindingDifficulty(Rating.LOW)
                .patientPopulation(Rating.VERY_HIGH)
                .unmetNeed(Rating.VERY_HIGH)
                .differentiation(Rating.VERY_HIGH)
                .build());
    assertEquals(EngagementModel.FIELD_ORCHESTRATED, b.primary().orElseThrow());
    List<EngagementAssessment> all =
        List.of(
            b,
            wide("a", Candidates.inputs(Rating.HIGH, Rating.MEDIUM)),
            wide("c", Candidates.inputs(Rating.LOW, Rating.LOW)),
            wide("d", Candidates.inputs(Rating.LOW, Rating.LOW)),
            wide("e", Candidates.inputs(Rating.LOW, Rating.LOW)));
    SamAllocation sam = allocator.allocate(all, AS_OF);
    assertEquals(List.of(AccountId.of("a"), AccountId.of("b")), sam.candidates());
    assertEquals(
        String.join(
            "\n",
            "Strategic account management: 1 of 2 candidates selected; cap 1 (the smaller of 10"
                + " accounts and 20% of 5 (1)) [policy kamkit-sam-1]",
            "  Selected: a",
            "  Held back b: ranked 2 of the candidates (potential value 100.0) behind the 1 the cap"
                + " allows (the last selected, a, at 50.0); served with Field-orchestrated"
                + " instead"),
        sam.explain());
    assertEquals(
        String.join(
            "\n",
            "Strategisches Key Account Management: 1 von 2 Kandidaten ausgewählt; Obergrenze 1 (der"
                + " kleinere Wert aus 10 Accounts und 20 % von 5 (1)) [Regelwerk kamkit-sam-1]",
            "  Ausgewählt: a",
            "  Zurückgestellt b: Rang 2 unter den Kandidaten (Potenzialwert 100,0) hinter dem einen"
                + " Platz, den die Obergrenze zulässt (zuletzt ausgewählt: a mit 50,0); stattdessen"
                + " im Modell „Außendienstgesteuert“ betreut"),
        sam.explain(Locale.GERMAN));
    assertEquals(
        String.join(
            "\n",
            "Gestion stratégique des comptes clés : 1 sur 2 candidats retenus ; plafond 1 (le plus"
                + " petit de 10 comptes et 20 % de 5 (1)) [référentiel kamkit-sam-1]",
            "  Retenus : a",
            "  Non retenu b : classé 2e des candidats (valeur potentielle 100,0) derrière la seule"
                + " place que permet le plafond (dernier retenu : a, à 50,0) ; suivi plutôt selon"
                + " le modèle « Piloté par le terrain »"),
        sam.explain(Locale.FRENCH));
  }

  @Test
  void anEmptyPortfolioHasACapOfNoneAndIsNotRaisedToTheMinimum() {
    SamAllocation none = allocator.allocate(List.of(), AS_OF);
    assertEquals(0, none.cap());
    assertEquals(
        "Strategic account management: 0 of 0 candidates selected; cap 0 (the smaller of 10"
            + " accounts and 20% of 0 (0)) [policy kamkit-sam-1]",
        none.explain());
  }

  @Test
  void aPortfolioOfOneMayHoldItsOnlyAccountAsStrategic() {
    SamAllocation one =
        allocator.allocate(
            List.of(Candidates.assess("a", Candidates.inputs(Rating.HIGH, Rating.HIGH))), AS_OF);
    assertEquals(1, one.cap());
    assertEquals(List.of(AccountId.of("a")), one.selected());
  }

  @Test
  void anAllocationSelectingMoreThanItsCapIsRefused() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                SamAllocation.builder()
                    .asOf(AS_OF)
                    .portfolioSize(3)
                    .cap(1)
                    .capReason(
                        Message.of(
                            EngagementCode.SAM_CAP,
                            Arg.of(10),
                            Arg.of(new BigDecimal("20")),
                            Arg.of(3),
                            Arg.of(0)))
                    .addCandidates(AccountId.of("a"), AccountId.of("b"))
                    .addSelected(AccountId.of("a"), AccountId.of("b"))
                    .policyVersion("test")
                    .build());
    assertEquals(List.of("selected"), e.violations().stream().map(ModelViolation::field).toList());
  }

  @Test
  void anAssessmentOfAnotherDayIsRefused() {
    List<EngagementAssessment> all = fortySamCandidates();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> allocator.allocate(all, AS_OF.plusDays(1)));
    assertTrue(e.getMessage().contains("is as of " + AS_OF), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            InvestmentCheck.withDefaults()
                .check(all, java.util.Map.of(), "calls", AS_OF.minusDays(1)));
  }
}
