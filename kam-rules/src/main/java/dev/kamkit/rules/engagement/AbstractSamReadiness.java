package dev.kamkit.rules.engagement;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.criteria.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * Which of figure 2's SAM practices an account's data shows (Veeva Business Consulting, "Unlocking
 * True KAM Transformation"), for an account chosen for strategic account management: what is in
 * place and what is missing.
 */
@Value.Immutable
public abstract class AbstractSamReadiness implements AccountResult {
  // Only the generated SamReadiness extends this: no host subclass.
  AbstractSamReadiness() {}

  /** The account. */
  public abstract AccountId account();

  /** Its name, for explanations. */
  public abstract String accountName();

  /** The day it was checked for. */
  public abstract LocalDate asOf();

  /**
   * One result per practice, in {@link SamPractice} order; each id is a {@link SamPractice#id()}.
   */
  public abstract List<CriterionResult> practices();

  /** The version of the policy that checked it. */
  public abstract String policyVersion();

  /** True if every practice is met. */
  public boolean isReady() {
    return practices().stream().allMatch(p -> p.outcome() == Outcome.MET);
  }

  /** The practices its data does not show. */
  public List<CriterionResult> missing() {
    return practices().stream().filter(p -> p.outcome() == Outcome.MISSING).toList();
  }

  /** The result for one practice. */
  public CriterionResult practice(SamPractice practice) {
    return practices().stream().filter(p -> p.id().equals(practice.id())).findFirst().orElseThrow();
  }

  /**
   * The account, how many practices are in place, the day and the policy, then one line per
   * practice: its outcome, the practice and its reasons ({@code "[missing] Joint
   * organisational-level account plans: ..."}).
   */
  @Override
  public Explanation explanation() {
    long met = practices().stream().filter(p -> p.outcome() == Outcome.MET).count();
    return Explanation.of(
        Message.of(
            EngagementCode.READINESS,
            Arg.of(account(), accountName()),
            Arg.of(account()),
            Arg.of(met),
            Arg.of(practices().size()),
            Arg.of(asOf()),
            Arg.text(policyVersion())),
        practices().stream()
            .map(
                p ->
                    Explanation.of(
                        Message.of(
                            EngagementCode.READINESS_PRACTICE,
                            Arg.of(p.outcome()),
                            Arg.of(SamPractice.byId(p.id()).orElseThrow()),
                            Arg.list(p.reasons(), r -> Arg.of(r.message())))))
            .toList());
  }

  /** Rejects an inconsistent value when it is built, naming every problem. */
  @Value.Check
  protected void check() {
    ModelCheck check = ModelCheck.of("SamReadiness", account());
    for (int i = 0; i < practices().size(); i++) {
      String id = practices().get(i).id();
      if (SamPractice.byId(id).isEmpty()) {
        check.fail(
            ModelCheck.at("practices", i, null).field("id"),
            id,
            EngagementCode.READINESS_UNKNOWN_PRACTICE);
      }
    }
    check.throwIfInvalid();
  }
}
