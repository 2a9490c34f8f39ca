package dev.kamkit.rules.maturity;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.scoring.Reason;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The KAM maturity stage of one account on one day (Clarity, "Pharma Key Account Management – The
 * Evolution Continues"): the stage that holds, the evidence for every criterion up to it, what is
 * missing for the next stage, and what is already in place beyond it. A stage holds only when every
 * criterion of it and of every lower stage is met or not required by the policy.
 */
@Value.Immutable
public abstract class AbstractMaturityResult implements AccountResult {
  // Only the generated MaturityResult extends this: no host subclass.
  AbstractMaturityResult() {}

  /** The account. */
  public abstract AccountId account();

  /** The account's name, for explanations. */
  public abstract String accountName();

  /** The day it was judged for. */
  public abstract LocalDate asOf();

  /** The highest stage whose criteria, and those of every lower stage, hold. */
  public abstract MaturityStage stage();

  /** Stages 1 to 5, in order, each with its criteria. */
  public abstract List<StageResult> stages();

  /** The version of the policy that judged it. */
  public abstract String policyVersion();

  /** The stage after {@link #stage()}; empty at stage 5. */
  public Optional<MaturityStage> next() {
    return stage().next();
  }

  /** Every criterion of every stage, stage by stage. */
  public List<CriterionResult> criteria() {
    return stages().stream().flatMap(s -> s.criteria().stream()).toList();
  }

  /** The result of one criterion. */
  public CriterionResult criterion(MaturityCriterion criterion) {
    return criteria().stream().filter(c -> c.id().equals(criterion.id())).findFirst().orElseThrow();
  }

  /** The evidence behind the stage: the reasons of every criterion up to and including it. */
  public List<Reason> evidence() {
    return stages().stream()
        .filter(s -> !stage().isBelow(s.stage()))
        .flatMap(s -> s.criteria().stream())
        .flatMap(c -> c.reasons().stream())
        .toList();
  }

  /** What is missing for the next stage, as reasons a KAM lead acts on; empty at stage 5. */
  public List<Reason> missingForNext() {
    return next().map(this::stageResult).map(StageResult::missing).orElse(List.of()).stream()
        .flatMap(c -> c.reasons().stream())
        .toList();
  }

  /** Criteria already met beyond the next stage: work that counts once the next stage holds. */
  public List<CriterionResult> aheadOfNext() {
    MaturityStage after = next().orElse(MaturityStage.TRUSTED_PARTNER);
    return stages().stream()
        .filter(s -> after.isBelow(s.stage()))
        .flatMap(s -> s.criteria().stream())
        .filter(CriterionResult::counts)
        .toList();
  }

  /** The result of one stage, 1 to 5. */
  public StageResult stageResult(MaturityStage stage) {
    return stages().stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
  }

  /**
   * The explanation as data: the stage, the criteria of every stage that holds, what the next stage
   * is missing, and what is already in place beyond it.
   */
  @Override
  public Explanation explanation() {
    return MaturityExplanation.of(this);
  }

  /** Rejects an inconsistent value when it is built, naming every problem. */
  @Value.Check
  protected void check() {
    ModelCheck check = ModelCheck.of("MaturityResult", account());
    boolean ladder = stages().size() == 5;
    for (int i = 0; ladder && i < stages().size(); i++) {
      ladder = stages().get(i).stage().number() == i + 1;
    }
    if (!ladder) {
      check.fail(
          "stages",
          stages().stream().map(StageResult::stage).toList(),
          MaturityCode.RESULT_STAGES_NOT_LADDER);
    }
    int holding = 0;
    while (holding < stages().size() && stages().get(holding).criteriaHold()) {
      holding++;
    }
    check
        .require(
            stage().number() == holding,
            "stage",
            stage(),
            MaturityCode.RESULT_STAGE_NOT_HIGHEST,
            Arg.of(holding))
        .throwIfInvalid();
  }
}
