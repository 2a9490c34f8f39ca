package dev.kamkit.rules.tiering;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.engagement.AxisScore;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.engagement.EngagementAssessor;
import dev.kamkit.rules.engagement.EngagementInputs;
import dev.kamkit.rules.engagement.FactorAssessment;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.WeightedScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tiers accounts by potential, and optionally by strategic fit, with stable, explained cut-offs.
 *
 * <pre>{@code
 * Tiering tiering = Tiering.withDefaults();
 * TierResult t = tiering.tier(account, inputs, LocalDate.of(2026, 11, 22));
 * PortfolioTiering all = tiering.tierAll(portfolio, inputsByAccount, asOf);
 * }</pre>
 *
 * <p>The priority is potential value (the value axis of the engagement grid, from the account's
 * data and the host's {@link EngagementInputs}), blended with strategic fit (openness to
 * partnering, clinical-trial and innovation collaboration, rated by the host) when the policy gives
 * fit a weight and fit was assessed. Its exact value meets absolute cut-offs, so a tier never
 * depends on the other accounts; the account's recorded tier is its previous tier, kept until the
 * priority clears a cut-off by the hysteresis band. An account whose potential value cannot be
 * placed gets no tier and is told which factors to assess. Raising potential value never lowers a
 * tier. Instances are immutable and thread-safe.
 */
public final class Tiering {
  private final TieringPolicy policy;
  private final EngagementAssessor assessor;

  private Tiering(TieringPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
    this.assessor = EngagementAssessor.of(policy.engagement());
  }

  /** Tiering with {@code policy}. */
  public static Tiering of(TieringPolicy policy) {
    return new Tiering(policy);
  }

  /** Tiering with {@link TieringPolicy#defaults()}. */
  public static Tiering withDefaults() {
    return new Tiering(TieringPolicy.defaults());
  }

  /** The policy in use. */
  public TieringPolicy policy() {
    return policy;
  }

  /** Tiers {@code account} with the host's {@code inputs}; its recorded tier is the previous. */
  public TierResult tier(KeyAccount account, EngagementInputs inputs, LocalDate asOf) {
    requireNonNull(account, "account");
    return tier(assessor.assess(account, inputs, asOf), account.account().tier());
  }

  /** Tiers an account already assessed, given its previous tier. */
  public TierResult tier(EngagementAssessment assessment, Optional<AccountTier> previous) {
    requireNonNull(assessment, "assessment");
    requireNonNull(previous, "previous");
    TierResult.Builder result =
        TierResult.builder()
            .account(assessment.account())
            .accountName(assessment.accountName())
            .asOf(assessment.asOf())
            .previous(previous)
            .keptByHysteresis(false)
            .policyVersion(policy.version());
    AxisScore value = assessment.value();
    if (value.value().isEmpty()) {
      Arg rate =
          Arg.list(
              value.notAssessed().stream().map(FactorAssessment::factor).sorted().toList(),
              Arg::of);
      return result
          .addReason(
              Reason.of(
                  TieringCode.NOT_PLACED,
                  Effect.GAP,
                  List.of(assessment.account()),
                  Arg.of(value.assessed().size()),
                  rate))
          .build();
    }
    AxisScore fit = assessment.strategicFit();
    boolean useFit = policy.strategicFitWeight().signum() > 0 && fit.value().isPresent();
    BigDecimal priority = priority(value, fit, useFit);
    AccountTier plain = CutOffs.plain(priority, policy, BigDecimal.ZERO);
    AccountTier tier = CutOffs.tier(priority, previous, policy);
    result.tier(tier).priority(priority).score(score(value, fit, useFit));
    result.addReason(
        Reason.of(
            TieringCode.ASSIGNED,
            Effect.STRENGTH,
            List.of(assessment.account()),
            Arg.of(priority),
            Arg.of(band(plain)),
            Arg.of(basis(value, fit, useFit))));
    if (tier != plain) {
      result
          .keptByHysteresis(true)
          .addReason(
              Reason.of(
                  TieringCode.KEPT,
                  Effect.STRENGTH,
                  List.of(assessment.account()),
                  Arg.of(tier),
                  Arg.of(policy.hysteresis())));
    } else if (previous.isPresent() && previous.get() != tier) {
      result.addReason(
          Reason.of(
              TieringCode.CHANGED,
              Effect.RISK,
              List.of(assessment.account()),
              Arg.of(previous.get()),
              Arg.of(tier)));
    }
    return result.build();
  }

  /**
   * Tiers every account of {@code portfolio}, each with its inputs (none where the map has no
   * entry); the result is sorted by account id and does not depend on the portfolio's order.
   */
  public PortfolioTiering tierAll(
      Portfolio portfolio, Map<AccountId, EngagementInputs> inputs, LocalDate asOf) {
    requireNonNull(portfolio, "portfolio");
    requireNonNull(inputs, "inputs");
    List<TierResult> results =
        portfolio.accounts().stream()
            .sorted(Comparator.comparing(KeyAccount::id))
            .map(a -> tier(a, inputs.getOrDefault(a.id(), EngagementInputs.none()), asOf))
            .toList();
    return summarise(results, asOf);
  }

  /**
   * The portfolio's tiering from every account's tier result, each from {@link
   * #tier(EngagementAssessment, Optional)}: sorted by account id, with the portfolio's reasons
   * (tier 1 crowded, accounts left untiered). For a caller that has already assessed each account.
   *
   * @throws IllegalArgumentException if a result is as of another day than {@code asOf} or by
   *     another policy version than this tiering's
   */
  public PortfolioTiering summarise(Collection<TierResult> tiers, LocalDate asOf) {
    AccountResult.requireJudgedBy(tiers, asOf, policy.version());
    List<TierResult> results =
        tiers.stream().sorted(Comparator.comparing(TierResult::account)).toList();
    PortfolioTiering.Builder all =
        PortfolioTiering.builder().asOf(asOf).policyVersion(policy.version()).results(results);
    long tier1 =
        results.stream().filter(r -> r.tier().equals(Optional.of(AccountTier.TIER_1))).count();
    BigDecimal allowed = policy.maxTier1Share().multiply(BigDecimal.valueOf(results.size()));
    if (BigDecimal.valueOf(tier1).compareTo(allowed) > 0) {
      all.addReason(
          Reason.of(
              TieringCode.TIER_1_CROWDED,
              Effect.RISK,
              List.of(),
              Arg.of(tier1),
              Arg.of(results.size()),
              Arg.of(policy.maxTier1Share().movePointRight(2))));
    }
    long untiered = results.stream().filter(r -> r.tier().isEmpty()).count();
    if (untiered > 0) {
      all.addReason(
          Reason.of(
              TieringCode.UNTIERED,
              Effect.GAP,
              results.stream().filter(r -> r.tier().isEmpty()).map(TierResult::account).toList(),
              Arg.of(untiered)));
    }
    return all.build();
  }

  private BigDecimal priority(AxisScore value, AxisScore fit, boolean useFit) {
    BigDecimal v = value.value().orElseThrow();
    if (!useFit) {
      return v;
    }
    BigDecimal pw = policy.potentialWeight();
    BigDecimal fw = policy.strategicFitWeight();
    return v.multiply(pw)
        .add(fit.value().orElseThrow().multiply(fw))
        .divide(pw.add(fw), 4, RoundingMode.HALF_EVEN);
  }

  private Score score(AxisScore value, AxisScore fit, boolean useFit) {
    WeightedScore score = WeightedScore.named(Message.of(TieringCode.PRIORITY));
    score.add(
        "potential-value",
        Message.of(TieringCode.POTENTIAL_VALUE),
        policy.potentialWeight(),
        value.value().orElseThrow().movePointLeft(2),
        value.score().orElseThrow().reasons());
    if (useFit) {
      score.add(
          "strategic-fit",
          Message.of(TieringCode.STRATEGIC_FIT),
          policy.strategicFitWeight(),
          fit.value().orElseThrow().movePointLeft(2),
          fit.score().orElseThrow().reasons());
    } else {
      score.notApplicable("strategic-fit", Message.of(TieringCode.STRATEGIC_FIT), List.of());
    }
    return score.build();
  }

  /** The band of the plain cut-offs {@code plain} lies in. */
  private Message band(AccountTier plain) {
    return switch (plain) {
      case TIER_1 -> Message.of(TieringCode.BAND_TIER_1, Arg.of(policy.tier1From()));
      case TIER_2 ->
          Message.of(
              TieringCode.BAND_TIER_2, Arg.of(policy.tier2From()), Arg.of(policy.tier1From()));
      case TIER_3 -> Message.of(TieringCode.BAND_TIER_3, Arg.of(policy.tier2From()));
    };
  }

  /** What the priority is made of. */
  private Message basis(AxisScore value, AxisScore fit, boolean useFit) {
    Arg potential = Arg.of(value.value().orElseThrow());
    if (useFit) {
      return Message.of(
          TieringCode.BASIS_BLENDED,
          potential,
          Arg.of(fit.value().orElseThrow()),
          Arg.of(policy.potentialWeight()),
          Arg.of(policy.strategicFitWeight()));
    }
    if (policy.strategicFitWeight().signum() > 0) {
      return Message.of(TieringCode.BASIS_FIT_NOT_ASSESSED, potential);
    }
    return Message.of(TieringCode.BASIS_POTENTIAL, potential);
  }
}
