package dev.kamkit.rules.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.id.AccountId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of the SAM cap. */
class SamAllocatorTest {
  private final SamAllocator allocator = SamAllocator.withDefaults();

  /** 40 accounts (seed 000), each complex and valuable, values stepping down with the id. */
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
    SamAllocation sam = allocator.allocate(fortySamCandidates());
    assertEquals(40, sam.portfolioSize());
    assertEquals(8, sam.cap());
    assertEquals("the smaller of 10 accounts and 20% of 40 (8)", sam.capReason());
    assertEquals(40, sam.candidates().size());
    assertEquals(8, sam.selected().size());
    assertEquals(32, sam.heldBack().size());
    HeldBack ninth = sam.heldBack().get(0);
    assertEquals(9, ninth.rank());
    assertEquals(EngagementModel.ACCOUNT_BASED_SELLING, ninth.instead());
    assertTrue(ninth.why().startsWith("ranked 9 of the candidates (potential value "), ninth.why());
    assertTrue(ninth.why().endsWith("; served with account-based selling instead"), ninth.why());
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
    SamAllocation sam = allocator.allocate(all);
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
    SamAllocation sam = allocator.allocate(all);
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
    SamAllocation sam = allocator.allocate(three);
    assertEquals(1, sam.cap());
    assertEquals(
        "the smaller of 10 accounts and 20% of 3 (0), raised to the minimum of 1", sam.capReason());
    assertEquals(List.of(AccountId.of("b")), sam.selected());

    SamAllocation none =
        SamAllocator.of(SamPolicy.defaults().withMinSamAccounts(0)).allocate(three);
    assertEquals(0, none.cap());
    assertTrue(none.selected().isEmpty());
    assertTrue(none.heldBack().get(0).why().startsWith("the policy allows no SAM account"));
  }

  @Test
  void twoAssessmentsOfOneAccountAreRefused() {
    EngagementAssessment a = Candidates.assess("a", Candidates.inputs(Rating.HIGH, Rating.HIGH));
    assertThrows(IllegalArgumentException.class, () -> allocator.allocate(List.of(a, a)));
  }
}
