package dev.kamkit.scoring.coverage;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.ScoreComponent;
import dev.kamkit.scoring.WeightedScore;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Prices one more engagement without re-scoring the account. Engaging stakeholder {@code s} through
 * member {@code m} can move only four components: key roles {@code s} holds that were mapped but
 * unheld, key committees {@code s} votes on that were unreached, active relationships, and the
 * people and functions the relationships span. Everything else, and the effective weights, stay as
 * they are. So each candidate costs a few set look-ups instead of a full evaluation, and the
 * figures are computed with the very formulas {@link CoverageEvaluation} uses, which keeps them
 * exact.
 */
final class CoverageGains {
  private static final BigDecimal HALF = new BigDecimal("0.5");

  /** The keys of the components one more engagement can move. */
  private static final Set<String> MOVING =
      Set.of("buying-roles", "committees", "depth", "multithreading");

  private final CoverageEvaluation evaluation;
  private final Engagements engaged;

  /** The applicable components one more engagement can move, by key. */
  private final Map<String, ScoreComponent> moving = new HashMap<>();

  /** The points of every other component, which stay as they are. */
  private final BigDecimal fixed;

  private final BigDecimal now;
  private final int keyRoleCount;
  private final Set<BuyingRole> unheldRoles = EnumSet.noneOf(BuyingRole.class);
  private final BigDecimal roleCredit;
  private final Set<DecisionBodyId> unreachedBodies = new HashSet<>();
  private final int keyBodies;
  private final int reachedBodies;
  private final Set<TeamMemberId> members;
  private final Set<StakeholderFunction> functions = EnumSet.noneOf(StakeholderFunction.class);

  /** Points of roles by unheld roles gained, of committees by committees reached, and so on. */
  private final BigDecimal[] rolePoints;

  private final BigDecimal[] committeePoints;

  /** By whether the stakeholder is newly engaged. */
  private final BigDecimal[] depthPoints;

  /** By whether the member is new to the account, then by whether the function is new. */
  private final BigDecimal[][] threadPoints;

  CoverageGains(
      KeyAccount account, CoverageEvaluation evaluation, Engagements engaged, Score base) {
    this.evaluation = evaluation;
    this.engaged = engaged;
    BigDecimal unmoved = BigDecimal.ZERO.setScale(2);
    for (ScoreComponent c : base.components()) {
      if (c.applicable() && MOVING.contains(c.key())) {
        moving.put(c.key(), c);
      } else {
        unmoved =
            unmoved.add(
                c.applicable()
                    ? WeightedScore.contribution(c.weight(), c.fulfilment())
                    : c.contribution());
      }
    }
    this.fixed = unmoved;
    this.now = base.value();
    Map<BuyingRole, List<Stakeholder>> holdersByRole = evaluation.holdersByRole();
    this.keyRoleCount = holdersByRole.size();
    BigDecimal credit = BigDecimal.ZERO;
    for (Map.Entry<BuyingRole, List<Stakeholder>> role : holdersByRole.entrySet()) {
      if (role.getValue().stream().anyMatch(s -> engaged.isEngaged(s.id()))) {
        credit = credit.add(BigDecimal.ONE);
      } else if (!role.getValue().isEmpty()) {
        credit = credit.add(HALF);
        unheldRoles.add(role.getKey());
      }
    }
    this.roleCredit = credit;
    List<DecisionBody> key = evaluation.keyCommittees();
    int reached = 0;
    var voters = evaluation.votersByBody();
    for (DecisionBody body : key) {
      boolean isReached =
          voters.getOrDefault(body.id(), List.of()).stream()
              .anyMatch(s -> engaged.isEngaged(s.id()));
      if (isReached) {
        reached++;
      } else {
        unreachedBodies.add(body.id());
      }
    }
    this.keyBodies = key.size();
    this.reachedBodies = reached;
    this.members = engaged.members();
    for (StakeholderId id : engaged.engaged()) {
      account.stakeholder(id).ifPresent(s -> functions.add(s.function()));
    }
    // One more engagement moves each component by a few steps only: price every step once.
    int active = engaged.engaged().size();
    int ours = members.size();
    this.rolePoints =
        points(
            "buying-roles",
            unheldRoles.size() + 1,
            k -> CoverageEvaluation.rolesFulfilment(withHalves(roleCredit, k), keyRoleCount));
    this.committeePoints =
        points(
            "committees",
            unreachedBodies.size() + 1,
            k -> WeightedScore.ratio(reachedBodies + k, keyBodies));
    this.depthPoints = points("depth", 2, k -> evaluation.depthFulfilment(active + k));
    this.threadPoints =
        new BigDecimal[][] {
          points(
              "multithreading", 2, k -> evaluation.threadsFulfilment(ours, functions.size() + k)),
          points(
              "multithreading",
              2,
              k -> evaluation.threadsFulfilment(ours + 1, functions.size() + k))
        };
  }

  private static BigDecimal withHalves(BigDecimal credit, int halves) {
    BigDecimal sum = credit;
    for (int i = 0; i < halves; i++) {
      sum = sum.add(HALF);
    }
    return sum;
  }

  /** The coverage score as it stands. */
  BigDecimal now() {
    return now;
  }

  /** True if {@code m} already actively holds at least one stakeholder. */
  boolean holdsSomeone(TeamMemberId m) {
    return members.contains(m);
  }

  /**
   * The coverage score once a member actively holds the mapped stakeholder {@code s}: a member who
   * already holds someone ({@code byHolder}), or one who holds nobody yet, which adds a thread on
   * our side.
   */
  BigDecimal after(Stakeholder s, boolean byHolder) {
    int roles = 0;
    int bodies = 0;
    int newly = 0;
    int newFunction = 0;
    if (!engaged.isEngaged(s.id())) {
      for (BuyingRole role : s.buyingRoles()) {
        if (unheldRoles.contains(role)) {
          roles++;
        }
      }
      bodies = unreachedVotes(s);
      newly = 1;
      newFunction = functions.contains(s.function()) ? 0 : 1;
    }
    return fixed
        .add(rolePoints[roles])
        .add(committeePoints[bodies])
        .add(depthPoints[newly])
        .add(threadPoints[byHolder ? 0 : 1][newFunction]);
  }

  /** The unreached key committees on which {@code s} holds a vote; one seat per body. */
  private int unreachedVotes(Stakeholder s) {
    int count = 0;
    for (CommitteeMembership m : s.committeeMemberships()) {
      if (m.votes() && unreachedBodies.contains(m.decisionBody())) {
        count++;
      }
    }
    return count;
  }

  /** The points of {@code key}'s component at each fulfilment; zero where it does not apply. */
  private BigDecimal[] points(String key, int size, IntFunction<BigDecimal> fulfilment) {
    BigDecimal[] points = new BigDecimal[size];
    ScoreComponent component = moving.get(key);
    for (int i = 0; i < size; i++) {
      points[i] =
          component == null
              ? BigDecimal.ZERO
              : WeightedScore.contribution(component.weight(), fulfilment.apply(i));
    }
    return points;
  }
}
