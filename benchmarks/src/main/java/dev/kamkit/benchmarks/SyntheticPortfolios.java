package dev.kamkit.benchmarks;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded synthetic accounts and portfolios: the same seed gives the same accounts, so every run
 * measures the same data. Built on kam-model's {@link KamGenerator}; {@link #grown} multiplies an
 * account's people, relationships, interactions and transfers of value to scale past the
 * generator's largest size (a 40-hospital IDN with a few hundred stakeholders).
 */
public final class SyntheticPortfolios {
  /** The seed of every synthetic account. */
  public static final long SEED = 20261123L;

  /** The day everything is evaluated for. */
  public static final LocalDate AS_OF = KamGenerator.DEFAULT_REFERENCE_DATE;

  private SyntheticPortfolios() {}

  /** The account shapes the per-account benchmarks run on. */
  public enum Shape {
    /** A clinic: about five stakeholders. */
    CLINIC,
    /** A typical account: a community hospital with about 30 stakeholders. */
    TYPICAL,
    /** An academic medical centre: 60 to 150 stakeholders. */
    ACADEMIC,
    /** A 30-45 hospital IDN: several hundred stakeholders, thousands of interactions. */
    IDN,
    /** The same IDN grown to more than 1,000 stakeholders. */
    IDN_1000
  }

  /** The account of {@code shape}; the same one on every call. */
  public static KeyAccount account(Shape shape) {
    return switch (shape) {
      case CLINIC -> clinic();
      case TYPICAL -> typical(SEED);
      case ACADEMIC -> KamGenerator.seeded(SEED).keyAccount(AccountSize.ACADEMIC_MEDICAL_CENTRE);
      case IDN -> KamGenerator.seeded(SEED).keyAccount(AccountSize.LARGE_IDN);
      case IDN_1000 -> grown(account(Shape.IDN), 4);
    };
  }

  /** A clinic that has a team, relationships and interactions, so growing it grows all of them. */
  public static KeyAccount clinic() {
    for (long seed = SEED; ; seed++) {
      KeyAccount a = KamGenerator.seeded(seed).keyAccount(AccountSize.SMALL_CLINIC);
      if (a.stakeholders().size() == 5
          && a.relationships().size() >= 3
          && a.interactions().size() >= 5
          && a.transfersOfValue().size() >= 2) {
        return a;
      }
    }
  }

  /** A community hospital with 28 to 32 stakeholders: the typical account of the targets. */
  public static KeyAccount typical(long seed) {
    for (long s = seed; ; s++) {
      KeyAccount a = KamGenerator.seeded(s).keyAccount(AccountSize.COMMUNITY_HOSPITAL);
      int n = a.stakeholders().size();
      if (n >= 28 && n <= 32) {
        return a;
      }
    }
  }

  /**
   * A portfolio of {@code accounts} key accounts of mixed sizes, mostly smaller ones, as {@link
   * KamGenerator#portfolio(int)} draws them.
   */
  public static Portfolio portfolio(int accounts) {
    return KamGenerator.seeded(SEED).portfolio(accounts);
  }

  /**
   * {@code base} with {@code factor} times its stakeholders, relationships, interactions and
   * transfers of value (the team grows with at most 20 times). New people report to and sit on
   * committees of the base account's; new interactions and transfers are the generator's, moved
   * onto random new people.
   */
  public static KeyAccount grown(KeyAccount base, int factor) {
    if (factor <= 1) {
      return base;
    }
    KamGenerator gen = KamGenerator.seeded(SEED + factor);
    Random rng = new Random(SEED * 31 + factor);
    String prefix = base.id().value() + "-X";
    List<Stakeholder> people = new ArrayList<>(base.stakeholders());
    int extraPeople = base.stakeholders().size() * (factor - 1);
    for (int i = 0; i < extraPeople; i++) {
      people.add(gen.stakeholderFor(base).withId(StakeholderId.of(prefix + "SH-" + i)));
    }
    List<TeamMember> team = new ArrayList<>(base.team());
    int extraTeam = base.team().size() * (Math.min(factor, 20) - 1);
    for (int i = 0; i < extraTeam; i++) {
      team.add(gen.teamMember().withId(TeamMemberId.of(prefix + "TM-" + i)));
    }
    List<Relationship> relationships = new ArrayList<>(base.relationships());
    Set<String> pairs = new HashSet<>();
    base.relationships().forEach(r -> pairs.add(r.teamMember() + ">" + r.stakeholder()));
    int wanted = Math.max(1, base.relationships().size()) * factor;
    RelationshipStrength[] strengths = RelationshipStrength.values();
    for (int attempt = 0; relationships.size() < wanted && attempt < wanted * 4; attempt++) {
      TeamMember m = team.get(rng.nextInt(team.size()));
      Stakeholder s = people.get(rng.nextInt(people.size()));
      if (pairs.add(m.id() + ">" + s.id())) {
        LocalDate last = AS_OF.minusDays(rng.nextInt(400));
        relationships.add(
            Relationship.builder()
                .teamMember(m.id())
                .stakeholder(s.id())
                .strength(strengths[rng.nextInt(strengths.length)])
                .since(last.minusDays(rng.nextInt(2000)))
                .lastInteraction(last)
                .build());
      }
    }
    List<Interaction> interactions = new ArrayList<>(base.interactions());
    int extraInteractions = base.interactions().size() * (factor - 1);
    List<Interaction> drafts = gen.interactionsFor(base, extraInteractions);
    for (int i = 0; i < drafts.size(); i++) {
      Interaction draft = drafts.get(i);
      interactions.add(
          Interaction.builder()
              .from(draft)
              .id(InteractionId.of(prefix + "IX-" + i))
              .teamMembers(List.of(team.get(rng.nextInt(team.size())).id()))
              .stakeholders(List.of(people.get(rng.nextInt(people.size())).id()))
              // a speaker programme's recorded needs must stay among its attendees
              .addAllStakeholders(
                  draft.speakerProgram().map(p -> p.needRecordedFor()).orElse(Set.of()))
              .build());
    }
    List<Stakeholder> hcps = people.stream().filter(s -> s.hcp().isPresent()).toList();
    List<TransferOfValue> transfers = new ArrayList<>(base.transfersOfValue());
    int extraTransfers = base.transfersOfValue().size() * (factor - 1);
    List<TransferOfValue> tovs = gen.transfersOfValueFor(base, extraTransfers);
    for (int i = 0; i < tovs.size(); i++) {
      TransferOfValue t = tovs.get(i);
      TransferOfValue.Builder moved =
          TransferOfValue.builder().from(t).id(TransferOfValueId.of(prefix + "TV-" + i));
      if (t.recipient().isPresent() && !hcps.isEmpty()) {
        moved.recipient(hcps.get(rng.nextInt(hcps.size())).id());
      }
      transfers.add(moved.build());
    }
    return KeyAccount.builder()
        .from(base)
        .stakeholders(people)
        .team(team)
        .relationships(relationships)
        .interactions(interactions)
        .transfersOfValue(transfers)
        .build();
  }
}
