package dev.kamkit.scoring.pipeline;

import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.pipeline.OpportunityStage;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the pipeline is weighed against the plan, as one versioned value. Start from {@link
 * PipelinePolicy#defaults()}.
 *
 * <p>An open opportunity is weighted by the probability its owner recorded. Where none is recorded,
 * the host's probability for its stage applies, as Salesforce's {@code
 * OpportunityStage.DefaultProbability} does (Salesforce Object Reference, "OpportunityStage"). The
 * defaults set none: stage probabilities are each company's own calibration, not a published fact,
 * so an opportunity without a probability is left out of the weighted pipeline, with a reason,
 * rather than weighted by a guess.
 */
@Value.Immutable
public abstract class AbstractPipelinePolicy {
  // Only the generated PipelinePolicy extends this: no host subclass.
  AbstractPipelinePolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-pipeline-1";

  /** The default policy. */
  public static PipelinePolicy defaults() {
    return PipelinePolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. Results carry it. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /**
   * The probability, 0 to 100, of winning an open opportunity in each stage, for opportunities
   * whose owner recorded none: the CRM's default probability per stage. Only open stages; none by
   * default.
   */
  public abstract Map<OpportunityStage, Integer> stageProbabilities();

  /**
   * The probability an open opportunity is weighted by: its own, else its stage's; empty when
   * neither is known.
   */
  public Optional<Integer> probability(OpportunityStage stage, Optional<Integer> recorded) {
    return recorded.isPresent() ? recorded : Optional.ofNullable(stageProbabilities().get(stage));
  }

  /** Rejects a blank version, a closed stage, and a probability outside 0 to 100. */
  @Value.Check
  protected void check() {
    ModelCheck check = ModelCheck.of("PipelinePolicy", null).nonBlank("version", version());
    stageProbabilities()
        .forEach(
            (stage, p) -> {
              FieldPath field = FieldPath.of("stageProbabilities").entry(stage.name());
              if (p < 0 || p > 100) {
                check.fail(
                    field,
                    p,
                    ModelCode.OUT_OF_RANGE,
                    Arg.of(BigDecimal.ZERO),
                    Arg.of(BigDecimal.valueOf(100)));
              }
              if (stage.isClosed()) {
                check.fail(field, p, PipelineCode.CLOSED_STAGE);
              }
            });
    check.throwIfInvalid();
  }
}
