package dev.kamkit.scoring.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGens;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Share of voice over generated accounts: it does not depend on the order of interactions, records
 * or accounts; it is the same every time; the share stays between 0 and 100; one more field
 * interaction of ours never lowers it.
 */
class VoicePropertiesTest {
  private static final ShareOfVoice VOICE = ShareOfVoice.withDefaults();

  private static Gen<KeyAccount> accounts() {
    return KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE);
  }

  /** Days around the generators' reference day, 1 July 2026, where their records lie. */
  private static Gen<LocalDate> days() {
    return integers().between(-200, 200).map(d -> LocalDate.of(2026, 7, 1).plusDays(d));
  }

  private static <T> List<T> shuffled(List<T> items, long seed) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  @Test
  void theOrderOfInteractionsAndRecordsDoesNotMatter() {
    qt().withFixedSeed(91L)
        .withExamples(30)
        .forAll(accounts(), days(), integers().all())
        .checkAssert(
            (a, asOf, seed) ->
                assertEquals(
                    VOICE.evaluate(a, asOf),
                    VOICE.evaluate(
                        a.withInteractions(shuffled(a.interactions(), seed))
                            .withCompetitorActivity(shuffled(a.competitorActivity(), seed + 1L)),
                        asOf)));
  }

  @Test
  void itIsTheSameEveryTimeAndStaysInBounds() {
    qt().withFixedSeed(92L)
        .withExamples(40)
        .forAll(accounts(), days())
        .checkAssert(
            (a, asOf) -> {
              ShareOfVoiceResult r = VOICE.evaluate(a, asOf);
              assertEquals(r, VOICE.evaluate(a, asOf));
              assertEquals(r.explanation(), VOICE.evaluate(a, asOf).explanation());
              assertTrue(r.ours() <= r.total());
              r.share()
                  .ifPresent(
                      s ->
                          assertTrue(
                              s.signum() >= 0 && s.compareTo(BigDecimal.valueOf(100)) <= 0,
                              s::toPlainString));
              assertEquals(r.known(), r.share().isPresent());
              assertEquals(r.aboveAverage(), r.toAboveAverage().map(n -> n == 0).orElse(false));
              assertTrue(!r.reasons().isEmpty());
            });
  }

  @Test
  void oneMoreInteractionOfOursNeverLowersTheShare() {
    qt().withFixedSeed(93L)
        .withExamples(40)
        .forAll(accounts(), days())
        .checkAssert(
            (a, asOf) -> {
              ShareOfVoiceResult before = VOICE.evaluate(a, asOf);
              List<Interaction> more = new ArrayList<>(a.interactions());
              more.add(
                  Interaction.builder()
                      .id(InteractionId.of("one-more"))
                      .date(before.end())
                      .channel(Channel.IN_PERSON)
                      .addTeamMember(a.team().get(0).id())
                      .purpose("Formulary review")
                      .build());
              ShareOfVoiceResult after = VOICE.evaluate(a.withInteractions(more), asOf);
              assertEquals(before.ours() + 1, after.ours());
              assertEquals(before.theirs(), after.theirs());
              if (before.share().isPresent()) {
                assertTrue(after.share().orElseThrow().compareTo(before.share().get()) >= 0);
                assertTrue(!before.aboveAverage() || after.aboveAverage());
              }
            });
  }

  @Test
  void theOrderOfAccountsDoesNotMatter() {
    qt().withFixedSeed(94L)
        .withExamples(10)
        .forAll(KamGens.portfolios(2, 5), days())
        .checkAssert(
            (p, asOf) ->
                assertEquals(
                    VOICE.assess(p, asOf),
                    VOICE.assess(
                        Portfolio.builder().from(p).accounts(shuffled(p.accounts(), 7L)).build(),
                        asOf)));
  }
}
