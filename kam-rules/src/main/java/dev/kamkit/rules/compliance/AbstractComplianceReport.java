package dev.kamkit.rules.compliance;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/** Every finding of the selected packs over one account or a portfolio, on one day. */
@Value.Immutable
public abstract class AbstractComplianceReport {

  /** The day checked. */
  public abstract LocalDate asOf();

  /** The ids of the packs that ran. */
  public abstract List<String> packs();

  /** Every finding, ordered by account, severity (errors first), rule id and subjects. */
  public abstract List<Finding> findings();

  /** The findings of one severity. */
  public List<Finding> findings(Severity severity) {
    return findings().stream().filter(f -> f.severity() == severity).toList();
  }

  /** True if no finding is an error. */
  public boolean passes() {
    return findings(Severity.ERROR).isEmpty();
  }
}
