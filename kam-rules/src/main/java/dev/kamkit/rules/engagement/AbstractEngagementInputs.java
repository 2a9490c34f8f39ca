package dev.kamkit.rules.engagement;

import dev.kamkit.model.account.Account;
import dev.kamkit.model.base.FactReader;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCheck;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the host knows about an account that its data cannot say: ratings of the factors of figure 3
 * of Veeva Business Consulting's "Unlocking True KAM Transformation" (and of strategic fit), passed
 * alongside the account. Every rating is optional; a factor neither rated here nor readable from
 * the data is reported as not assessed and left out of its axis, never defaulted. A host rating
 * wins over the data's proxy.
 *
 * <pre>{@code
 * EngagementInputs inputs = EngagementInputs.builder()
 *     .unmetNeed(Rating.HIGH)
 *     .differentiation(Rating.VERY_HIGH)
 *     .patientFindingDifficulty(Rating.MEDIUM)
 *     .source("2027 brand planning, oncology")
 *     .build();
 * }</pre>
 *
 * <p>A host that records these ratings on the account as typed facts ({@code
 * Fact.of(Factor.UNMET_NEED.fact(), Rating.HIGH)}, named {@code kamkit.engagement.<factor key>})
 * reads them with {@link #fromFacts(Account)}.
 */
@Value.Immutable
public abstract class AbstractEngagementInputs {
  // Only the generated EngagementInputs extends this: no host subclass.
  AbstractEngagementInputs() {}

  /** No host ratings at all: everything comes from the data or is not assessed. */
  public static EngagementInputs none() {
    return EngagementInputs.builder().build();
  }

  /** Competitive intensity, where the host rates it. */
  public abstract Optional<Rating> competitiveIntensity();

  /** How hard payers find the therapy to afford, where the host rates it. */
  public abstract Optional<Rating> payerAffordabilityPressure();

  /** Decision-making complexity, where the host rates it. */
  public abstract Optional<Rating> decisionMakingComplexity();

  /** How hard it is to find the patients, where the host rates it. */
  public abstract Optional<Rating> patientFindingDifficulty();

  /** Size of the patient population, where the host rates it. */
  public abstract Optional<Rating> patientPopulation();

  /** Degree of unmet need, where the host rates it. */
  public abstract Optional<Rating> unmetNeed();

  /** Level of differentiation of our therapy, where the host rates it. */
  public abstract Optional<Rating> differentiation();

  /** Growth opportunity, where the host rates it rather than reading the whitespace grid. */
  public abstract Optional<Rating> growthOpportunity();

  /** Openness to partnering, where the host rates it. */
  public abstract Optional<Rating> opennessToPartnering();

  /** Clinical-trial collaboration opportunity, where the host rates it. */
  public abstract Optional<Rating> clinicalTrialCollaboration();

  /** Innovation collaboration opportunity, where the host rates it. */
  public abstract Optional<Rating> innovationCollaboration();

  /** Who assessed, and when or in what exercise, for explanations. */
  public abstract Optional<String> source();

  /** The host's rating of {@code factor}, if any. */
  public Optional<Rating> rating(Factor factor) {
    return switch (factor) {
      case COMPETITIVE_INTENSITY -> competitiveIntensity();
      case PAYER_AFFORDABILITY_PRESSURE -> payerAffordabilityPressure();
      case DECISION_MAKING_COMPLEXITY -> decisionMakingComplexity();
      case PATIENT_FINDING_DIFFICULTY -> patientFindingDifficulty();
      case PATIENT_POPULATION -> patientPopulation();
      case UNMET_NEED -> unmetNeed();
      case DIFFERENTIATION -> differentiation();
      case GROWTH_OPPORTUNITY -> growthOpportunity();
      case OPENNESS_TO_PARTNERING -> opennessToPartnering();
      case CLINICAL_TRIAL_COLLABORATION -> clinicalTrialCollaboration();
      case INNOVATION_COLLABORATION -> innovationCollaboration();
    };
  }

  /** A copy with {@code factor} rated {@code rating}. */
  public EngagementInputs withRating(Factor factor, Rating rating) {
    EngagementInputs.Builder b = EngagementInputs.builder().from(this);
    Optional<Rating> r = Optional.of(rating);
    return switch (factor) {
      case COMPETITIVE_INTENSITY -> b.competitiveIntensity(r).build();
      case PAYER_AFFORDABILITY_PRESSURE -> b.payerAffordabilityPressure(r).build();
      case DECISION_MAKING_COMPLEXITY -> b.decisionMakingComplexity(r).build();
      case PATIENT_FINDING_DIFFICULTY -> b.patientFindingDifficulty(r).build();
      case PATIENT_POPULATION -> b.patientPopulation(r).build();
      case UNMET_NEED -> b.unmetNeed(r).build();
      case DIFFERENTIATION -> b.differentiation(r).build();
      case GROWTH_OPPORTUNITY -> b.growthOpportunity(r).build();
      case OPENNESS_TO_PARTNERING -> b.opennessToPartnering(r).build();
      case CLINICAL_TRIAL_COLLABORATION -> b.clinicalTrialCollaboration(r).build();
      case INNOVATION_COLLABORATION -> b.innovationCollaboration(r).build();
    };
  }

  /**
   * Reads the ratings the account records as facts, one per {@link Factor#fact()}; a factor without
   * one is not rated.
   *
   * @throws InvalidModelException naming every custom attribute under a factor's fact name (as
   *     earlier releases read ratings, now {@code model.attribute.moved}) and every fact or
   *     attribute named with {@link Factor#FACT_PREFIX} that is no factor's ({@code
   *     model.fact.unknown})
   */
  public static EngagementInputs fromFacts(Account account) {
    FactReader facts =
        FactReader.of(account.facts(), account.attributes(), Factor.FACT_PREFIX, Factor.facts());
    facts.recordOn(ModelCheck.of("Account", account.id())).throwIfInvalid();
    EngagementInputs inputs = none();
    for (Factor f : Factor.values()) {
      Optional<Rating> rating = facts.get(f.fact());
      if (rating.isPresent()) {
        inputs = inputs.withRating(f, rating.get());
      }
    }
    return inputs;
  }
}
