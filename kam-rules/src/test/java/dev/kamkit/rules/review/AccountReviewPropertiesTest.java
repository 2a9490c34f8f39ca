package dev.kamkit.rules.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGenerator;
import dev.kamkit.model.testing.KamGens;
import dev.kamkit.rules.evaluation.Kamkit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the review over generated accounts (fixed seeds): an account reviewed against
 * itself has no change; the review is deterministic and does not depend on the order of the
 * account's lists; a stakeholder added, reviewed the other way round, is a departure.
 */
class AccountReviewPropertiesTest {
  static final LocalDate AS_OF = KamGenerator.DEFAULT_REFERENCE_DATE;
  static final LocalDate SINCE = AS_OF.minusMonths(3);
  static final Kamkit KAMKIT = Kamkit.withDefaults();

  @Test
  void anAccountReviewedAgainstItselfHasNoChange() {
    qt().withFixedSeed(20_261_122L)
        .withExamples(15)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.COMMUNITY_HOSPITAL))
        .checkAssert(
            a -> {
              AccountReview r = KAMKIT.review(a, AS_OF, a, AS_OF);
              assertTrue(r.isEmpty(), r::explain);
            });
  }

  @Test
  void theReviewIsDeterministicAndIndependentOfOrder() {
    qt().withFixedSeed(7_331L)
        .withExamples(10)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.COMMUNITY_HOSPITAL), longs().all())
        .checkAssert(
            (a, seed) -> {
              KeyAccount now = newcomer(a);
              AccountReview once = KAMKIT.review(a, SINCE, now, AS_OF);
              assertEquals(once, KAMKIT.review(a, SINCE, now, AS_OF));
              AccountReview shuffled =
                  KAMKIT.review(shuffled(a, seed), SINCE, shuffled(now, seed + 1), AS_OF);
              assertEquals(once.changes(), shuffled.changes());
              assertEquals(
                  once.scores().stream().map(ScoreChange::headline).toList(),
                  shuffled.scores().stream().map(ScoreChange::headline).toList());
              assertEquals(
                  once.classifications().stream().map(ClassificationChange::headline).toList(),
                  shuffled.classifications().stream().map(ClassificationChange::headline).toList());
            });
  }

  @Test
  void aStakeholderAddedIsADepartureTheOtherWayRound() {
    qt().withFixedSeed(4_242L)
        .withExamples(15)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.COMMUNITY_HOSPITAL))
        .checkAssert(
            a -> {
              KeyAccount now = newcomer(a);
              AccountReview forward = KAMKIT.review(a, AS_OF, now, AS_OF);
              AccountReview back = KAMKIT.review(now, AS_OF, a, AS_OF);
              assertEquals(
                  List.of(List.of(NEWCOMER)),
                  forward.changes(ReviewCode.STAKEHOLDER_ADDED).stream()
                      .map(ReviewChange::subjects)
                      .toList());
              assertEquals(
                  List.of(List.of(NEWCOMER)),
                  back.changes(ReviewCode.STAKEHOLDER_DEPARTED).stream()
                      .map(ReviewChange::subjects)
                      .toList());
              assertEquals(List.of(), forward.changes(ReviewCode.STAKEHOLDER_DEPARTED));
              assertEquals(List.of(), back.changes(ReviewCode.STAKEHOLDER_ADDED));
            });
  }

  static final StakeholderId NEWCOMER = StakeholderId.of("review-newcomer");

  /** {@code a} with one more stakeholder, a pharmacist nobody holds yet. */
  static KeyAccount newcomer(KeyAccount a) {
    List<Stakeholder> all = new ArrayList<>(a.stakeholders());
    all.add(
        Stakeholder.builder()
            .id(NEWCOMER)
            .name("New pharmacist")
            .function(StakeholderFunction.PHARMACY)
            .build());
    return KeyAccount.copyOf(a).withStakeholders(all);
  }

  /** {@code a} with its stakeholders, relationships, opportunities and submissions shuffled. */
  static KeyAccount shuffled(KeyAccount a, long seed) {
    Random random = new Random(seed);
    return KeyAccount.copyOf(a)
        .withStakeholders(shuffle(a.stakeholders(), random))
        .withRelationships(shuffle(a.relationships(), random))
        .withOpportunities(shuffle(a.opportunities(), random))
        .withCommitteeSubmissions(shuffle(a.committeeSubmissions(), random))
        .withFormulary(shuffle(a.formulary(), random))
        .withPlan(
            a.plan()
                .map(
                    p ->
                        p.withActions(shuffle(p.actions(), random))
                            .withObjectives(shuffle(p.objectives(), random))
                            .withKpis(shuffle(p.kpis(), random))));
  }

  static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
