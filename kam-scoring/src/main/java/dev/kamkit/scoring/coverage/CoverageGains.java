package dev.kamkit.scoring.coverage;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.ScoreComponent;
import dev.kamkit.scoring.WeightedScore;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

  private final CoverageEvaluation evaluation;
  private final Engagements engaged;
  private final List<ScoreComponent> components;
  private final BigDecimal now;
  private final Set<BuyingRole> keyRoles;
  private final Set<BuyingRole> unheldRoles = EnumSet.noneOf(BuyingRole.class);
  private final BigDecimal roleCredit;
  private final Set<DecisionBodyId> unreachedBodies = new HashSet<>();
  private final int keyBodies;
  private final int reachedBodies;
  private final Set<TeamMemberId> members;
  private final Set<StakeholderFunction> functions = EnumSet.noneOf(StakeholderFunction.class);

  CoverageGains(
      KeyAccount account,
      CoveragePolicy policy,
      CoverageEvaluation evaluation,
      Engagements engaged) {
    this.evaluation = evaluation;
    this.engaged = engaged;
    Score base = evaluation.score(engaged, false);
    this.components = base.components();
    this.now = base.value();
    this.keyRoles = EnumSet.copyOf(policy.keyBuyingRoles());
    Set<BuyingRole> mappedRoles = EnumSet.noneOf(BuyingRole.class);
    Set<BuyingRole> heldRoles = EnumSet.noneOf(BuyingRole.class);
    for (Stakeholder s : evaluation.mapped()) {
      mappedRoles.addAll(s.buyingRoles());
      if (engaged.isEngaged(s.id())) {
        heldRoles.addAll(s.buyingRoles());
      }
    }
    BigDecimal credit = BigDecimal.ZERO;
    for (BuyingRole role : keyRoles) {
      if (heldRoles.contains(role)) {
        credit = credit.add(BigDecimal.ONE);
      } else if (mappedRoles.contains(role)) {
        credit = credit.add(HALF);
        unheldRoles.add(role);
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
    boolean newlyEngaged = !engaged.isEngaged(s.id());
    BigDecimal credit = roleCredit;
    int reached = reachedBodies;
    int active = engaged.engaged().size();
    int functionCount = functions.size();
    if (newlyEngaged) {
      for (BuyingRole role : s.buyingRoles()) {
        if (unheldRoles.contains(role)) {
          credit = credit.add(HALF);
        }
      }
      for (DecisionBodyId body : CoverageEvaluation.votingBodies(s)) {
        if (unreachedBodies.contains(body)) {
          reached++;
        }
      }
      active++;
      if (!functions.contains(s.function())) {
        functionCount++;
      }
    }
    int ours = members.size() + (byHolder ? 0 : 1);
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (ScoreComponent c : components) {
      BigDecimal fulfilment =
          switch (c.key()) {
            case "buying-roles" -> CoverageEvaluation.rolesFulfilment(credit, keyRoles.size());
            case "committees" -> WeightedScore.ratio(reached, keyBodies);
            case "depth" -> evaluation.depthFulfilment(active);
            case "multithreading" -> evaluation.threadsFulfilment(ours, functionCount);
            default -> c.fulfilment();
          };
      total =
          total.add(
              c.applicable()
                  ? WeightedScore.contribution(c.weight(), fulfilment)
                  : c.contribution());
    }
    return total;
  }
}
