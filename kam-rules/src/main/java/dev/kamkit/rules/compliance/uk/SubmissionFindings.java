package dev.kamkit.rules.compliance.uk;

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
              "the policy has no Disclosure UK submission day; companies submit about the end of"
                  + " March but the exact day is unverified, so the host must set"
                  + " UkPolicy.submissionDay"));
    }
    for (int year : years) {
      UkCalendar calendar = UkCalendar.of(year);
      if (asOf.getYear() > year && !asOf.isAfter(calendar.publicationBy())) {
        String submit =
            policy
                .submissionDay()
                .map(d -> "submit by " + calendar.submissionDeadline(d))
                .orElse("submit about the end of March " + (year + 1));
        findings.add(
            Finding.of(
                UkRules.SUBMISSION_DUE,
                account,
                List.of(account),
                year
                    + " has ended: "
                    + submit
                    + "; Disclosure UK publishes on "
                    + calendar.publicationFrom()
                    + " or "
                    + calendar.publicationBy()));
      }
    }
    return findings;
  }
}
