package dev.kamkit.rules.maturity;

import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.scoring.Reason;
import java.util.List;

/** Renders a {@link MaturityResult} as a short plain-text explanation. */
final class MaturityExplanation {
  private MaturityExplanation() {}

  static String of(AbstractMaturityResult r) {
    StringBuilder text = new StringBuilder();
    text.append(r.accountName())
        .append(" (")
        .append(r.account())
        .append("): KAM maturity ")
        .append(r.stage().label())
        .append(" as of ")
        .append(r.asOf())
        .append(" [policy ")
        .append(r.policyVersion())
        .append("]\n");
    for (StageResult s : r.stages()) {
      if (!r.stage().isBelow(s.stage())) {
        text.append("  Stage ").append(s.stage().number()).append(" holds:\n");
        s.criteria().forEach(c -> text.append("    ").append(c.explain()).append('\n'));
      }
    }
    r.next()
        .ifPresent(
            next -> {
              text.append("  Missing for ").append(next.label()).append(":\n");
              for (Reason gap : r.missingForNext()) {
                text.append("    - ").append(gap.message()).append('\n');
              }
            });
    List<CriterionResult> ahead = r.aheadOfNext();
    if (!ahead.isEmpty()) {
      text.append("  Already in place for later stages:\n");
      ahead.forEach(c -> text.append("    ").append(c.explain()).append('\n'));
    }
    return text.toString().stripTrailing();
  }
}
