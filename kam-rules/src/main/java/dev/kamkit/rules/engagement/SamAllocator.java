package dev.kamkit.rules.engagement;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps strategic account management to a few accounts (Veeva Business Consulting, "Unlocking True
 * KAM Transformation": SAM is for "a few important accounts"; diluting it defeats it).
 *
 * <pre>{@code
 * List<EngagementAssessment> all = assessor.assessAll(portfolio, inputs, asOf);
 * SamAllocation sam = SamAllocator.withDefaults().allocate(all, asOf);
 * sam.heldBack().forEach(h -> ...);
 * }</pre>
 *
 * <p>Candidates are the accounts whose recommendations include SAM. They are ranked: SAM as the
 * primary model before SAM as a borderline alternative, then by potential value (highest first),
 * then by market complexity, then by account id; the first {@link SamPolicy#capFor cap} are
 * selected and the rest held back, each served with its next recommended model (account-based
 * selling when none is left). The result depends only on the set of assessments, never on their
 * order; raising one account's potential value never takes it out of the selection. Instances are
 * immutable and thread-safe.
 */
public final class SamAllocator {
  private static final Comparator<EngagementAssessment> RANK =
      Comparator.comparing((EngagementAssessment a) -> !samIsPrimary(a))
          .thenComparing(a -> valueOf(a.value()), Comparator.reverseOrder())
          .thenComparing(a -> valueOf(a.complexity()), Comparator.reverseOrder())
          .thenComparing(EngagementAssessment::account);

  private final SamPolicy policy;

  private SamAllocator(SamPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /** An allocator using {@code policy}. */
  public static SamAllocator of(SamPolicy policy) {
    return new SamAllocator(policy);
  }

  /** An allocator using {@link SamPolicy#defaults()}. */
  public static SamAllocator withDefaults() {
    return new SamAllocator(SamPolicy.defaults());
  }

  /** The policy in use. */
  public SamPolicy policy() {
    return policy;
  }

  /**
   * Allocates SAM over the portfolio the assessments describe, one assessment per account, each as
   * of {@code asOf}.
   *
   * @throws IllegalArgumentException if two assessments concern the same account, or one is as of
   *     another day
   */
  public SamAllocation allocate(Collection<EngagementAssessment> assessments, LocalDate asOf) {
    requireNonNull(assessments, "assessments");
    AccountResult.requireAsOf(assessments, asOf);
    Set<AccountId> seen = new HashSet<>();
    for (EngagementAssessment a : assessments) {
      if (!seen.add(a.account())) {
        throw new IllegalArgumentException("two assessments for account " + a.account());
      }
    }
    int size = assessments.size();
    int cap = policy.capFor(size);
    List<EngagementAssessment> candidates =
        assessments.stream()
            .filter(a -> a.recommends(EngagementModel.STRATEGIC_ACCOUNT_MANAGEMENT))
            .sorted(RANK)
            .toList();
    SamAllocation.Builder result =
        SamAllocation.builder()
            .asOf(asOf)
            .portfolioSize(size)
            .cap(cap)
            .capReason(capReason(size, cap))
            .policyVersion(policy.version());
    List<EngagementAssessment> selected = candidates.subList(0, Math.min(cap, candidates.size()));
    for (int i = 0; i < candidates.size(); i++) {
      EngagementAssessment a = candidates.get(i);
      result.addCandidate(a.account());
      if (i >= cap) {
        result.addHeldBack(heldBack(a, i + 1, selected));
      }
    }
    return result.selected(selected.stream().map(EngagementAssessment::account).toList()).build();
  }

  private HeldBack heldBack(EngagementAssessment a, int rank, List<EngagementAssessment> selected) {
    EngagementModel instead =
        a.recommendations().stream()
            .map(Recommendation::model)
            .filter(m -> m != EngagementModel.STRATEGIC_ACCOUNT_MANAGEMENT)
            .findFirst()
            .orElse(EngagementModel.ACCOUNT_BASED_SELLING);
    Message why;
    if (selected.isEmpty()) {
      why = Message.of(EngagementCode.HELD_BACK_NONE_ALLOWED, Arg.of(instead));
    } else {
      EngagementAssessment last = selected.get(selected.size() - 1);
      why =
          Message.of(
              EngagementCode.HELD_BACK_RANKED,
              Arg.of(rank),
              Arg.of(valueOf(a.value())),
              Arg.of(selected.size()),
              Arg.of(last.account()),
              Arg.of(valueOf(last.value())),
              Arg.of(instead));
    }
    return HeldBack.builder().account(a.account()).rank(rank).instead(instead).why(why).build();
  }

  /** How the cap was reached; raised to the minimum only when the cap exceeds the share. */
  private Message capReason(int size, int cap) {
    int byShare = policy.maxSamShare().multiply(BigDecimal.valueOf(size)).intValue();
    Arg maximum = Arg.of(policy.maxSamAccounts());
    Arg percent = Arg.of(policy.maxSamShare().movePointRight(2));
    // the cap exceeds the share only when the minimum raised it (capFor)
    return cap > byShare
        ? Message.of(
            EngagementCode.SAM_CAP_RAISED,
            maximum,
            percent,
            Arg.of(size),
            Arg.of(byShare),
            Arg.of(policy.minSamAccounts()))
        : Message.of(EngagementCode.SAM_CAP, maximum, percent, Arg.of(size), Arg.of(byShare));
  }

  private static boolean samIsPrimary(EngagementAssessment a) {
    return a.primary().filter(m -> m == EngagementModel.STRATEGIC_ACCOUNT_MANAGEMENT).isPresent();
  }

  private static BigDecimal valueOf(AxisScore axis) {
    return axis.value().orElse(BigDecimal.ZERO);
  }
}
