package dev.kamkit.rules.evaluation;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.rules.compliance.Finding;
import java.util.ArrayList;
import java.util.List;

/** How the findings about the compliance policies are explained, for an account or a portfolio. */
final class Configuration {
  private Configuration() {}

  /** A line with their number, each finding's line below it. */
  static Explanation explanation(List<Finding> findings) {
    List<Explanation> lines = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      lines.add(Explanation.of(f.line()));
    }
    return Explanation.of(Message.of(EvaluationCode.CONFIGURATION, Arg.of(findings.size())), lines);
  }
}
