package dev.kamkit.scoring.voice;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.CompetitorActivity;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.scoring.fixtures.AccountFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Accounts for share of voice: a large IDN whose field interactions of ours fall on given days, and
 * whose competitors' activity is recorded per quarter. The day judged is 31 December 2026; the
 * fourth quarter runs from 1 October.
 */
final class Voices {
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
  static final LocalDate Q4 = LocalDate.of(2026, 10, 1);
  static final LocalDate Q4_END = AS_OF;
  static final String NORTHWIND = "Northwind Pharma";
  static final String HELIX = "Helix Biosciences";

  private Voices() {}

  /** One competitor's activity from {@code from} to {@code to}. */
  static CompetitorActivity activity(String competitor, LocalDate from, LocalDate to, int n) {
    return CompetitorActivity.builder()
        .competitor(competitor)
        .start(from)
        .end(to)
        .interactions(n)
        .build();
  }

  /** {@code n} completed in-person interactions of ours, one a day from {@code first}. */
  static List<Interaction> ours(String prefix, LocalDate first, int n) {
    List<Interaction> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(interaction(prefix + i, first.plusDays(i), Channel.IN_PERSON));
    }
    return out;
  }

  static Interaction interaction(String id, LocalDate date, Channel channel) {
    return Interaction.builder()
        .id(InteractionId.of(id))
        .date(date)
        .channel(channel)
        .addTeamMember(TeamMemberId.of("kam"))
        .addStakeholder(StakeholderId.of("pharm-dir"))
        .purpose("Formulary review")
        .build();
  }

  /** Riverside with our {@code interactions} and the competitors' {@code activity}. */
  static KeyAccount account(List<Interaction> interactions, CompetitorActivity... activity) {
    return account("idn", AccountTier.TIER_1, interactions, activity);
  }

  /** An account of {@code tier} (null: untiered) with our interactions and their activity. */
  static KeyAccount account(
      String id,
      @Nullable AccountTier tier,
      List<Interaction> interactions,
      CompetitorActivity... activity) {
    KeyAccount a =
        AccountFixture.largeIdn()
            .stakeholder("pharm-dir", StakeholderFunction.PHARMACY)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .with(b -> b.interactions(interactions).addCompetitorActivity(activity))
            .build();
    return a.withAccount(a.account().withId(AccountId.of(id)).withTier(Optional.ofNullable(tier)));
  }
}
