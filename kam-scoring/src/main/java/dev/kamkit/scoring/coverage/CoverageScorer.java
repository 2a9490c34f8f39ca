package dev.kamkit.scoring.coverage;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.scoring.Score;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Scores relationship coverage: do we know and reach the people who decide?
 *
 * <pre>{@code
 * CoverageScorer scorer = CoverageScorer.of(CoveragePolicy.defaults());
 * CoverageResult coverage = scorer.score(account, LocalDate.of(2026, 11, 22));
 * System.out.println(coverage.explain());
 * List<NextStakeholder> next = scorer.nextStakeholders(account, asOf);
 * }</pre>
 *
 * <p>Six components, weighted by the policy: key buying roles (half credit when mapped, full when
 * held actively), decision committees reached through a voting member, depth (stakeholders held
 * actively against the target for the account's scale), breadth (stakeholders mapped),
 * multithreading (how many of our people, and how many of the account's functions, the active
 * relationships span) and sentiment across mapped stakeholders. Engaging one more stakeholder never
 * lowers the score, so a departure never raises it. Single-threading on either side makes the
 * status red however high the score, because the account is one job change away from being lost;
 * {@link #ifTeamMemberLeaves} judges the status a departure would leave the same way.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CoverageScorer {
  private final CoveragePolicy policy;

  private CoverageScorer(CoveragePolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /** A scorer using {@code policy}. */
  public static CoverageScorer of(CoveragePolicy policy) {
    return new CoverageScorer(policy);
  }

  /** A scorer using {@link CoveragePolicy#defaults()}. */
  public static CoverageScorer withDefaults() {
    return new CoverageScorer(CoveragePolicy.defaults());
  }

  /** The policy in use. */
  public CoveragePolicy policy() {
    return policy;
  }

  /** Scores {@code account} as of {@code asOf}. */
  public CoverageResult score(KeyAccount account, LocalDate asOf) {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    CoverageEvaluation evaluation = new CoverageEvaluation(account, policy);
    Engagements engaged = Engagements.of(account, asOf, policy);
    Score score = evaluation.score(engaged, true);
    CoverageEvaluation.Judgement status = evaluation.status(score, engaged);
    return CoverageResult.builder()
        .account(account.id())
        .asOf(asOf)
        .scale(evaluation.scale())
        .score(score)
        .status(status.status())
        .statusReason(status.reason())
        .engaged(new TreeSet<>(engaged.engaged()))
        .policy(policy)
        .build();
  }

  /**
   * The mapped stakeholders whose engagement would raise coverage, most gain first (ties by id),
   * each with the team member whose engagement gains most. Only stakeholders with a positive gain
   * are listed.
   */
  public List<NextStakeholder> nextStakeholders(KeyAccount account, LocalDate asOf) {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    CoverageEvaluation evaluation = new CoverageEvaluation(account, policy);
    Engagements engaged = Engagements.of(account, asOf, policy);
    return nextStakeholders(account, asOf, evaluation, engaged, evaluation.score(engaged, false));
  }

  /**
   * The next stakeholders to engage, priced from {@code coverage}, the account's coverage already
   * scored: the same list as {@link #nextStakeholders(KeyAccount, LocalDate)} without scoring the
   * account again.
   *
   * @throws IllegalArgumentException if {@code coverage} is about another account or was scored
   *     under another policy
   */
  public List<NextStakeholder> nextStakeholders(KeyAccount account, CoverageResult coverage) {
    requireScoredHere(account, coverage);
    CoverageEvaluation evaluation = new CoverageEvaluation(account, policy);
    Engagements engaged = Engagements.of(account, coverage.asOf(), policy);
    return nextStakeholders(account, coverage.asOf(), evaluation, engaged, coverage.score());
  }

  private List<NextStakeholder> nextStakeholders(
      KeyAccount account,
      LocalDate asOf,
      CoverageEvaluation evaluation,
      Engagements engaged,
      Score base) {
    CoverageGains gains = new CoverageGains(account, evaluation, engaged, base);
    BigDecimal now = gains.now();
    List<TeamMember> team =
        account.team().stream()
            .filter(m -> m.isActiveOn(asOf))
            .sorted(Comparator.comparing(TeamMember::id))
            .toList();
    Map<StakeholderId, Map<TeamMemberId, Relationship>> recorded = new HashMap<>();
    for (Relationship r : account.relationships()) {
      recorded
          .computeIfAbsent(r.stakeholder(), k -> new HashMap<>())
          .putIfAbsent(r.teamMember(), r);
    }
    List<NextStakeholder> next = new ArrayList<>();
    for (Stakeholder s : evaluation.mapped()) {
      // The gain depends on the member only through whether they already hold someone, so
      // each stakeholder is priced twice, not once per member.
      BigDecimal afterWithHolder = gains.after(s, true);
      BigDecimal afterWithNewcomer = gains.after(s, false);
      TeamMember best = null;
      BigDecimal bestAfter = now;
      for (TeamMember m : team) {
        if (engaged.holds(m.id(), s.id())) {
          continue;
        }
        BigDecimal after = gains.holdsSomeone(m.id()) ? afterWithHolder : afterWithNewcomer;
        // strictly more only: among equal gains the member first by id stays
        if (after.compareTo(bestAfter) > 0) {
          best = m;
          bestAfter = after;
        }
      }
      if (best != null) {
        Relationship existing = recorded.getOrDefault(s.id(), Map.of()).get(best.id());
        next.add(
            NextStakeholder.builder()
                .stakeholder(s.id())
                .teamMember(best.id())
                .gain(bestAfter.subtract(now))
                .coverageAfter(bestAfter)
                .relationship(engagement(existing, best.id(), s.id(), asOf))
                .why(why(s, best, engaged, bestAfter.subtract(now)))
                .build());
      }
    }
    next.sort(
        Comparator.comparing(NextStakeholder::gain)
            .reversed()
            .thenComparing(NextStakeholder::stakeholder));
    return next;
  }

  /**
   * What coverage remains if {@code member} leaves the team: the stakeholders only they hold are
   * lost, and the status the account would then have is judged as {@link #score} judges today's.
   */
  public TurnoverImpact ifTeamMemberLeaves(
      KeyAccount account, TeamMemberId member, LocalDate asOf) {
    requireNonNull(account, "account");
    requireNonNull(member, "member");
    requireNonNull(asOf, "asOf");
    CoverageEvaluation evaluation = new CoverageEvaluation(account, policy);
    Engagements engaged = Engagements.of(account, asOf, policy);
    return impact(account, asOf, evaluation, engaged, evaluation.score(engaged, true), member);
  }

  /**
   * The account's exposure to turnover: for each of our people who actively holds someone, what
   * coverage remains if they leave, largest loss first (ties by member id). A member whose leaving
   * orphans stakeholders is the rep whose departure can take the account along.
   */
  public List<TurnoverImpact> turnoverExposure(KeyAccount account, LocalDate asOf) {
    return turnoverExposure(account, score(account, asOf));
  }

  /**
   * The turnover exposure measured against {@code coverage}, the account's coverage already scored:
   * the same list as {@link #turnoverExposure(KeyAccount, LocalDate)} without scoring the account
   * again.
   *
   * @throws IllegalArgumentException if {@code coverage} is about another account or was scored
   *     under another policy
   */
  public List<TurnoverImpact> turnoverExposure(KeyAccount account, CoverageResult coverage) {
    requireScoredHere(account, coverage);
    CoverageEvaluation evaluation = new CoverageEvaluation(account, policy);
    Engagements engaged = Engagements.of(account, coverage.asOf(), policy);
    Score before = coverage.score();
    List<TurnoverImpact> exposure = new ArrayList<>();
    for (TeamMemberId member : engaged.members()) {
      exposure.add(impact(account, coverage.asOf(), evaluation, engaged, before, member));
    }
    exposure.sort(
        Comparator.comparing(TurnoverImpact::loss)
            .reversed()
            .thenComparing(TurnoverImpact::teamMember));
    return exposure;
  }

  private void requireScoredHere(KeyAccount account, CoverageResult coverage) {
    requireNonNull(account, "account");
    requireNonNull(coverage, "coverage");
    if (!coverage.account().equals(account.id())) {
      throw new IllegalArgumentException(
          "the coverage of " + coverage.account() + " cannot stand for " + account.id());
    }
    if (!coverage.policy().equals(policy)) {
      throw new IllegalArgumentException(
          "the coverage of "
              + account.id()
              + " was scored under another policy (version "
              + coverage.policyVersion()
              + ") than this scorer's (version "
              + policy.version()
              + ")");
    }
  }

  private TurnoverImpact impact(
      KeyAccount account,
      LocalDate asOf,
      CoverageEvaluation evaluation,
      Engagements engaged,
      Score before,
      TeamMemberId member) {
    Engagements remaining = engaged.without(member);
    Set<StakeholderId> orphaned = new TreeSet<>(engaged.engaged());
    orphaned.removeAll(remaining.engaged());
    Score after = evaluation.score(remaining, false);
    CoverageEvaluation.Judgement status = evaluation.status(after, remaining);
    return TurnoverImpact.builder()
        .account(account.id())
        .asOf(asOf)
        .policyVersion(policy.version())
        .teamMember(member)
        .before(before)
        .after(after)
        .orphaned(orphaned)
        .statusAfter(status.status())
        .statusReasonAfter(status.reason())
        .build();
  }

  /** The relationship that engages {@code s} through {@code m} on {@code asOf}. */
  private static Relationship engagement(
      @Nullable Relationship existing, TeamMemberId m, StakeholderId s, LocalDate asOf) {
    if (existing != null) {
      boolean startsLater = existing.since().map(asOf::isBefore).orElse(false);
      return (startsLater ? existing.withSince(asOf) : existing).withLastInteraction(asOf);
    }
    return Relationship.builder()
        .teamMember(m)
        .stakeholder(s)
        .strength(RelationshipStrength.ACQUAINTED)
        .since(asOf)
        .lastInteraction(asOf)
        .build();
  }

  /** Why to engage {@code s} through {@code m}, and the points it adds. */
  private static Message why(Stakeholder s, TeamMember m, Engagements engaged, BigDecimal gain) {
    return Message.of(
        engaged.isEngaged(s.id()) ? CoverageCode.NEXT_SECOND_THREAD : CoverageCode.NEXT_ENGAGE,
        Arg.of(gain),
        Arg.of(m.id(), m.name()),
        CoverageEvaluation.ref(s),
        Arg.of(s.buyingRoles().size()),
        Arg.list(s.buyingRoles(), Arg::of),
        Arg.of(s.committeeMemberships().size()));
  }
}
