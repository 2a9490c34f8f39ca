package dev.kamkit.rules.maturity;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.scoring.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains a {@link MaturityResult} as data: the headline, then each stage that holds with its
 * criteria, what the next stage is missing, and what is already in place beyond it.
 */
final class MaturityExplanation {
  private MaturityExplanation() {}

  static Explanation of(AbstractMaturityResult r) {
    List<Explanation> parts = new ArrayList<>();
    for (StageResult s : r.stages()) {
      if (!r.stage().isBelow(s.stage())) {
        parts.add(
            Explanation.of(
                Message.of(MaturityCode.RESULT_STAGE_HOLDS, Arg.of(s.stage().number())),
                lines(s.criteria())));
      }
    }
    r.next()
        .ifPresent(
            next -> {
              List<Explanation> gaps = new ArrayList<>();
              for (Reason gap : r.missingForNext()) {
                gaps.add(item(gap));
              }
              parts.add(
                  Explanation.of(
                      Message.of(MaturityCode.RESULT_MISSING_FOR, Arg.of(next.label())), gaps));
            });
    List<CriterionResult> ahead = r.aheadOfNext();
    if (!ahead.isEmpty()) {
      parts.add(Explanation.of(Message.of(MaturityCode.RESULT_AHEAD), lines(ahead)));
    }
    Message headline =
        Message.of(
            MaturityCode.RESULT,
            Arg.of(r.account(), r.accountName()),
            Arg.text(r.account().value()),
            Arg.of(r.stage().label()),
            Arg.of(r.asOf()),
            Arg.text(r.policyVersion()));
    return Explanation.of(headline, parts);
  }

  /** One line per criterion. */
  static List<Explanation> lines(List<CriterionResult> criteria) {
    return criteria.stream().map(CriterionResult::explanation).toList();
  }

  /** A reason as an item of a list: {@code "- reason"}. */
  static Explanation item(Reason reason) {
    return Explanation.of(Message.of(MaturityCode.ITEM, Arg.of(reason.message())));
  }
}
