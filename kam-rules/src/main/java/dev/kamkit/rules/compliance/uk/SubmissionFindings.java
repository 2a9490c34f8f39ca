package dev.kamkit.rules.compliance.uk;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The submission and publication findings of the periods with disclosed transfers. */
final class SubmissionFindings {
  private SubmissionFindings() {}

  static List<Finding> of(AccountId account, Set<Integer> years, LocalDate asOf, UkPolicy policy) {
    List<Finding> findings = new ArrayList<>();
    if (!years.isEmpty() && policy.submissionDay().isEmpty()) {
      findings.add(
          Finding.of(
              UkRules.SUBMISSION_DAY_MISSING,
              account,
              List.of(account),
              UkCode.SUBMISSION_DAY_MISSING));
    }
    for (int year : years) {
      UkCalendar calendar = UkCalendar.of(year);
      if (asOf.getYear() > year && !asOf.isAfter(calendar.publicationBy())) {
        Arg publicationFrom = Arg.of(calendar.publicationFrom());
        Arg publicationBy = Arg.of(calendar.publicationBy());
        Message due =
            policy
                .submissionDay()
                .map(
                    d ->
                        Message.of(
                            UkCode.SUBMISSION_DUE,
                            Arg.year(year),
                            Arg.of(calendar.submissionDeadline(d)),
                            publicationFrom,
                            publicationBy))
                .orElseGet(
                    () ->
                        Message.of(
                            UkCode.SUBMISSION_DUE_DAY_UNSET,
                            Arg.year(year),
                            Arg.year(year + 1),
                            publicationFrom,
                            publicationBy));
        findings.add(Finding.of(UkRules.SUBMISSION_DUE, account, List.of(account), due));
      }
    }
    return findings;
  }
}
