package dev.kamkit.rules.compliance.efpia;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The summary and the deadline findings of one period's disclosure. */
final class PeriodFindings {
  private PeriodFindings() {}

  static List<Finding> of(
      KeyAccount account, EfpiaDisclosure d, LocalDate asOf, EfpiaPolicy policy) {
    List<Finding> findings = new ArrayList<>();
    DisclosureCalendar calendar = DisclosureCalendar.of(d.year());
    Optional<LocalDate> published = Optional.ofNullable(policy.publications().get(d.year()));
    int hcos = (int) d.individuals().stream().filter(r -> r.type() == RecipientType.HCO).count();
    findings.add(
        Finding.of(
            EfpiaRules.SUMMARY,
            account.id(),
            List.of(account.id()),
            d.year()
                + " disclosure in "
                + d.country()
                + ": "
                + hcos
                + " HCOs and "
                + (d.individuals().size() - hcos)
                + " HCPs named, "
                + d.aggregates().size()
                + " aggregate rows, R&D "
                + d.researchAndDevelopment().map(Object::toString).orElse("none")
                + ", total "
                + d.total()
                + (asOf.isAfter(calendar.periodEnd()) ? "" : " so far")
                + "; due by "
                + calendar.deadline()));
    if (published.isPresent()) {
      if (published.get().isAfter(calendar.deadline())) {
        findings.add(
            Finding.of(
                EfpiaRules.LATE,
                account.id(),
                List.of(account.id()),
                d.year()
                    + " was published on "
                    + published.get()
                    + ", after the deadline of "
                    + calendar.deadline()
                    + " (6 months after the period ends)"));
      }
    } else if (asOf.isAfter(calendar.deadline())) {
      findings.add(
          Finding.of(
              EfpiaRules.OVERDUE,
              account.id(),
              List.of(account.id()),
              d.year()
                  + " had to be disclosed by "
                  + calendar.deadline()
                  + "; no publication is recorded as of "
                  + asOf));
    } else if (asOf.isAfter(calendar.periodEnd())) {
      findings.add(
          Finding.of(
              EfpiaRules.DUE,
              account.id(),
              List.of(account.id()),
              d.year()
                  + " has ended; disclose it by "
                  + calendar.deadline()
                  + ", keep it public for at least 3 years and its records for at least 5"));
    }
    return findings;
  }
}
