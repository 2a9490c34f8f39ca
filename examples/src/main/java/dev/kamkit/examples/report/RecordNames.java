package dev.kamkit.examples.report;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.team.TeamMember;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The names of the records a report's accounts hold, by id: what {@link
 * dev.kamkit.model.explain.Messages#withNames} words a result's ids with, so a reader sees "Owen
 * Price", not {@code team-sales-owen-price}. Records without a name of their own (interactions,
 * transfers of value, objectives) keep their ids, which the host's CRM shows too.
 */
final class RecordNames {
  private RecordNames() {}

  /** The names of every account's records; an id of two accounts (a shared product) is one name. */
  static Function<KamId, Optional<String>> of(Iterable<KeyAccount> accounts) {
    Map<KamId, String> names = new HashMap<>();
    for (KeyAccount a : accounts) {
      names.put(a.id(), a.account().name());
      for (Site site : a.account().sites()) {
        names.put(site.id(), site.name());
        for (ClinicalUnit unit : site.clinicalUnits()) {
          names.put(unit.id(), unit.name());
        }
      }
      for (Stakeholder s : a.stakeholders()) {
        names.put(s.id(), s.name());
      }
      for (TeamMember m : a.team()) {
        names.put(m.id(), m.name());
      }
      for (DecisionBody b : a.decisionBodies()) {
        names.put(b.id(), b.name());
      }
      for (Product p : a.products()) {
        names.put(p.id(), p.name());
        for (Indication i : p.indications()) {
          names.put(i.id(), i.name());
        }
      }
      for (Opportunity o : a.opportunities()) {
        names.put(o.id(), o.name());
      }
      for (CommitteeSubmission c : a.committeeSubmissions()) {
        names.put(c.id(), c.name());
      }
    }
    return id -> Optional.ofNullable(names.get(id));
  }
}
