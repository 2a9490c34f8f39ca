package dev.kamkit.rules.engagement;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.fixtures.Riverside;
import dev.kamkit.rules.fixtures.Shuffled;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the grid, the SAM cap and the investment check. */
class EngagementPropertiesTest {
  private static final List<Factor> GRID =
      List.of(
          Factor.COMPETITIVE_INTENSITY,
          Factor.PAYER_AFFORDABILITY_PRESSURE,
          Factor.DECISION_MAKING_COMPLEXITY,
          Factor.PATIENT_FINDING_DIFFICULTY,
          Factor.PATIENT_POPULATION,
          Factor.UNMET_NEED,
          Factor.DIFFERENTIATION,
          Factor.GROWTH_OPPORTUNITY);
  private static final List<Factor> VALUE = GRID.subList(4, 8);
  private static final KeyAccount ACCOUNT = Candidates.account("x");
  private static final Map<Integer, EngagementAssessment> PROTOTYPES = prototypes();

  private final EngagementAssessor assessor = EngagementAssessor.withDefaults();

  /** 0 = not rated, 1..5 = very low .. very high, one per grid factor. */
  private static Gen<List<Integer>> ratings() {
    return lists().of(integers().between(0, 5)).ofSize(GRID.size());
  }

  private static EngagementInputs inputs(List<Integer> ratings) {
    EngagementInputs inputs = EngagementInputs.none();
    for (int i = 0; i < GRID.size(); i++) {
      if (ratings.get(i) > 0) {
        inputs = inputs.withRating(GRID.get(i), Rating.values()[ratings.get(i) - 1]);
      }
    }
    return inputs;
  }

  @Test
  void raisingPotentialValueNeverMovesAnAccountAwayFromSam() {
    qt().withFixedSeed(2026L)
        .withExamples(300)
        .forAll(ratings(), integers().between(0, VALUE.size() - 1))
        .checkAssert(
            (ratings, which) -> {
              EngagementInputs before = inputs(ratings);
              Factor factor = VALUE.get(which);
              EngagementInputs after =
                  before
                      .rating(factor)
                      .map(r -> before.withRating(factor, r.raised()))
                      .orElse(before);
              EngagementAssessment was = assessor.assess(ACCOUNT, before, AS_OF);
              EngagementAssessment now = assessor.assess(ACCOUNT, after, AS_OF);
              EngagementModel sam = EngagementModel.STRATEGIC_ACCOUNT_MANAGEMENT;
              if (was.recommends(sam)) {
                assertTrue(now.recommends(sam), was.explain() + "\n---\n" + now.explain());
              }
              if (was.primary().equals(Optional.of(sam))) {
                assertEquals(Optional.of(sam), now.primary(), now.explain());
              }
              was.value()
                  .value()
                  .ifPresent(v -> assertTrue(now.value().value().orElseThrow().compareTo(v) >= 0));
            });
  }

  @Test
  void theAssessmentDoesNotDependOnTheOrderOfTheAccountsLists() {
    KeyAccount riverside = Riverside.atStage(5).build();
    qt().withFixedSeed(5L)
        .withExamples(40)
        .forAll(ratings(), integers().all())
        .checkAssert(
            (ratings, seed) -> {
              EngagementInputs inputs = inputs(ratings);
              EngagementAssessment expected = assessor.assess(riverside, inputs, AS_OF);
              KeyAccount shuffled = Shuffled.account(riverside, new Random(seed));
              assertEquals(expected, assessor.assess(shuffled, inputs, AS_OF));
            });
  }

  /** A portfolio: one (complexity, value) pair of ratings per account, 1..5 each. */
  private static Gen<List<Integer>> portfolio() {
    return lists().of(integers().between(0, 24)).ofSizeBetween(1, 45);
  }

  private static List<EngagementAssessment> assessments(List<Integer> cells) {
    List<EngagementAssessment> all = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      all.add(PROTOTYPES.get(cells.get(i)).withAccount(AccountId.of(String.format("a%03d", i))));
    }
    return all;
  }

  @Test
  void theSamCapIsNeverExceededAndTheSelectedAreTheBestRanked() {
    qt().withFixedSeed(8L)
        .withExamples(200)
        .forAll(
            portfolio(),
            integers().between(0, 12),
            integers().between(0, 20),
            integers().between(0, 3))
        .checkAssert(
            (cells, max, sharePct, min) -> {
              SamPolicy policy =
                  SamPolicy.builder()
                      .maxSamAccounts(max)
                      .maxSamShare(BigDecimal.valueOf(sharePct * 5L, 2))
                      .minSamAccounts(Math.min(min, max))
                      .build();
              SamAllocation sam = SamAllocator.of(policy).allocate(assessments(cells), AS_OF);
              int byShare =
                  BigDecimal.valueOf(sharePct * 5L, 2)
                      .multiply(BigDecimal.valueOf(cells.size()))
                      .intValue();
              assertTrue(sam.selected().size() <= sam.cap());
              assertTrue(sam.cap() <= max);
              assertTrue(sam.cap() <= Math.max(byShare, Math.min(min, max)));
              assertEquals(sam.candidates().subList(0, sam.selected().size()), sam.selected());
              assertEquals(Math.min(sam.cap(), sam.candidates().size()), sam.selected().size());
            });
  }

  @Test
  void allocationAndInvestmentDoNotDependOnOrder() {
    qt().withFixedSeed(9L)
        .withExamples(100)
        .forAll(portfolio(), integers().all())
        .checkAssert(
            (cells, seed) -> {
              List<EngagementAssessment> all = assessments(cells);
              Map<AccountId, BigDecimal> effort = new HashMap<>();
              Random random = new Random(seed);
              all.forEach(a -> effort.put(a.account(), BigDecimal.valueOf(random.nextInt(20))));
              List<EngagementAssessment> shuffled = Shuffled.list(all, random);
              assertEquals(
                  SamAllocator.withDefaults().allocate(all, AS_OF),
                  SamAllocator.withDefaults().allocate(shuffled, AS_OF));
              assertEquals(
                  InvestmentCheck.withDefaults().check(all, effort, "calls", AS_OF),
                  InvestmentCheck.withDefaults().check(shuffled, effort, "calls", AS_OF));
            });
  }

  @Test
  void raisingOneAccountsPotentialValueNeverTakesItOutOfTheSelection() {
    qt().withFixedSeed(10L)
        .withExamples(200)
        .forAll(portfolio(), integers().between(0, 44))
        .checkAssert(
            (cells, pick) -> {
              int i = pick % cells.size();
              int cell = cells.get(i);
              if (cell % 5 == 4) {
                return; // value already very high
              }
              List<Integer> raised = new ArrayList<>(cells);
              raised.set(i, cell + 1);
              AccountId id = AccountId.of(String.format("a%03d", i));
              SamAllocation before =
                  SamAllocator.withDefaults().allocate(assessments(cells), AS_OF);
              SamAllocation after =
                  SamAllocator.withDefaults().allocate(assessments(raised), AS_OF);
              if (before.isSelected(id)) {
                assertTrue(after.isSelected(id), before.explain() + "\n---\n" + after.explain());
              }
            });
  }

  /** Assessments for each (complexity, value) pair: cell = 5 x complexity + value. */
  private static Map<Integer, EngagementAssessment> prototypes() {
    Map<Integer, EngagementAssessment> all = new HashMap<>();
    for (Rating c : Rating.values()) {
      for (Rating v : Rating.values()) {
        all.put(
            5 * c.ordinal() + v.ordinal(),
            EngagementAssessor.withDefaults().assess(ACCOUNT, Candidates.inputs(c, v), AS_OF));
      }
    }
    return Map.copyOf(all);
  }
}
