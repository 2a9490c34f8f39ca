package dev.kamkit.rules.engagement;

import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.criteria.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * Which of figure 2's SAM practices an account's data shows (seed 004), for an account chosen for
 * strategic account management: what is in place and what is missing.
 */
@Value.Immutable
public abstract class AbstractSamReadiness {

  /** The account. */
  public abstract AccountId account();

  /** Its name, for explanations. */
  public abstract String accountName();

  /** The day it was checked for. */
  public abstract LocalDate asOf();

  /** One result per practice, in {@link SamPractice} order. */
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

  /** A short plain-text explanation, one line per practice. */
  public String explain() {
    long met = practices().stream().filter(p -> p.outcome() == Outcome.MET).count();
    StringBuilder text =
        new StringBuilder(accountName())
            .append(" (")
            .append(account())
            .append("): SAM readiness ")
            .append(met)
            .append(" of ")
            .append(practices().size())
            .append(" practices in place as of ")
            .append(asOf())
            .append(" [policy ")
            .append(policyVersion())
            .append(']');
    practices().forEach(p -> text.append("\n  ").append(p.explain()));
    return text.toString();
  }
}
