package dev.kamkit.rules.compliance;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explainable;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Every finding of the selected packs over one account or a portfolio, on one day.
 *
 * <p>{@link #explain()} words it: a headline with the counts, then each account with findings and,
 * under it, its findings one per line, in the report's order.
 */
@Value.Immutable
public abstract class AbstractComplianceReport implements Explainable {
  // Only the generated ComplianceReport extends this: no host subclass.
  AbstractComplianceReport() {}

  /** The day checked. */
  public abstract LocalDate asOf();

  /**
   * The packs that ran, in the order they ran: each pack's id and the version of the policy it
   * judged by ({@link RulePack#policyVersion()}).
   */
  public abstract Map<String, String> policyVersions();

  /**
   * The ids of the packs that ran, in the order they ran: the keys of {@link #policyVersions()}.
   */
  public List<String> packs() {
    return List.copyOf(policyVersions().keySet());
  }

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

  /**
   * The report as data: the {@link ComplianceCode#REPORT headline}, naming each pack that ran with
   * its policy version ({@link ComplianceCode#REPORT_PACK}), then one {@link
   * ComplianceCode#REPORT_ACCOUNT line per account} with findings, each finding's {@link
   * Finding#line() line} below its account.
   */
  @Override
  public Explanation explanation() {
    Map<AccountId, List<Finding>> byAccount = new LinkedHashMap<>();
    for (Finding f : findings()) {
      byAccount.computeIfAbsent(f.account(), k -> new ArrayList<>()).add(f);
    }
    List<Explanation> accounts = new ArrayList<>();
    byAccount.forEach(
        (account, findings) ->
            accounts.add(
                Explanation.of(
                    Message.of(
                        ComplianceCode.REPORT_ACCOUNT,
                        Arg.of(account),
                        Arg.of(findings.size()),
                        count(findings, Severity.ERROR),
                        count(findings, Severity.WARNING)),
                    findings.stream().map(f -> Explanation.of(f.line())).toList())));
    return Explanation.of(
        Message.of(
            ComplianceCode.REPORT,
            Arg.of(asOf()),
            Arg.list(
                policyVersions().entrySet(),
                e ->
                    Arg.of(
                        Message.of(
                            ComplianceCode.REPORT_PACK,
                            Arg.text(e.getKey()),
                            Arg.text(e.getValue())))),
            Arg.of(findings().size()),
            count(findings(), Severity.ERROR),
            count(findings(), Severity.WARNING)),
        accounts);
  }

  private static Arg count(List<Finding> findings, Severity severity) {
    return Arg.of(findings.stream().filter(f -> f.severity() == severity).count());
  }
}
