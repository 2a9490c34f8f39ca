package dev.kamkit.rules.compliance.efpia;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
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
    Message research =
        d.researchAndDevelopment()
            .map(amount -> Message.of(EfpiaCode.RESEARCH_AMOUNT, Arg.of(amount)))
            .orElseGet(() -> Message.of(EfpiaCode.RESEARCH_NONE));
    findings.add(
        Finding.of(
            EfpiaRules.SUMMARY,
            account.id(),
            List.of(account.id()),
            asOf.isAfter(calendar.periodEnd()) ? EfpiaCode.SUMMARY : EfpiaCode.SUMMARY_OPEN,
            Arg.year(d.year()),
            Arg.text(d.country()),
            Arg.of(hcos),
            Arg.of(d.individuals().size() - hcos),
            Arg.of(d.aggregates().size()),
            Arg.of(research),
            Arg.of(d.total()),
            Arg.of(calendar.deadline())));
    Arg year = Arg.year(d.year());
    Arg deadline = Arg.of(calendar.deadline());
    if (published.isPresent()) {
      if (published.get().isAfter(calendar.deadline())) {
        findings.add(
            Finding.of(
                EfpiaRules.LATE,
                account.id(),
                List.of(account.id()),
                EfpiaCode.LATE,
                year,
                Arg.of(published.get()),
                deadline));
      }
    } else if (asOf.isAfter(calendar.deadline())) {
      findings.add(
          Finding.of(
              EfpiaRules.OVERDUE,
              account.id(),
              List.of(account.id()),
              EfpiaCode.OVERDUE,
              year,
              deadline,
              Arg.of(asOf)));
    } else if (asOf.isAfter(calendar.periodEnd())) {
      findings.add(
          Finding.of(
              EfpiaRules.DUE,
              account.id(),
              List.of(account.id()),
              EfpiaCode.DUE,
              year,
              deadline,
              Arg.of(DisclosureCalendar.MINIMUM_PUBLIC_YEARS),
              Arg.of(DisclosureCalendar.MINIMUM_RECORD_YEARS)));
    }
    return findings;
  }
}
