package dev.kamkit.rules.compliance;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Runs the rule packs a host selects over a key account or a portfolio and returns every finding.
 *
 * <pre>{@code
 * ComplianceValidator validator = ComplianceValidator.of(List.of(OpenPaymentsPack.withDefaults()));
 * ComplianceReport report = validator.validate(account, asOf);
 * report.findings(Severity.ERROR).forEach(System.out::println);
 * }</pre>
 *
 * <p>Findings are sorted (account, severity, rule id, subjects, then the message's code and
 * arguments, never its words) so that the same data always gives the same report, whatever the
 * order of its records. Instances are immutable and thread-safe.
 */
public final class ComplianceValidator {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::account)
          .thenComparing(Finding::severity)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::subjects, ComplianceValidator::compareSubjects)
          .thenComparing(Finding::message, Message.ORDER);

  private final List<RulePack> packs;

  /** Each pack's id and policy version, in the order the packs run. */
  private final Map<String, String> policyVersions;

  /** The id of the pack each rule is in: what checks a finding's rule is its pack's. */
  private final Map<String, String> packOfRule;

  /** Subjects by their ids' text, one by one; a list that is the start of another comes first. */
  private static int compareSubjects(List<KamId> left, List<KamId> right) {
    int n = Math.min(left.size(), right.size());
    for (int i = 0; i < n; i++) {
      int c = left.get(i).value().compareTo(right.get(i).value());
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(left.size(), right.size());
  }

  private ComplianceValidator(List<RulePack> packs, Map<String, String> packOfRule) {
    this.packs = List.copyOf(packs);
    Map<String, String> versions = new LinkedHashMap<>();
    for (RulePack pack : this.packs) {
      versions.put(pack.id(), pack.policyVersion());
    }
    this.policyVersions = Collections.unmodifiableMap(versions);
    this.packOfRule = packOfRule; // of() built it for this validator alone: no copy needed
  }

  /**
   * A validator running {@code packs}.
   *
   * @throws IllegalArgumentException if two packs share an id, or two rules share an id
   */
  public static ComplianceValidator of(List<? extends RulePack> packs) {
    requireNonNull(packs, "packs");
    Set<String> packIds = new HashSet<>();
    Map<String, String> packOfRule = new HashMap<>();
    for (RulePack pack : packs) {
      if (!packIds.add(pack.id())) {
        throw new IllegalArgumentException("two rule packs share the id \"" + pack.id() + "\"");
      }
      for (RuleDescriptor rule : pack.rules()) {
        if (!inPack(rule.id(), pack.id())) {
          throw new IllegalArgumentException(
              "rule \"" + rule.id() + "\" does not start with its pack id \"" + pack.id() + ".\"");
        }
        if (packOfRule.putIfAbsent(rule.id(), pack.id()) != null) {
          throw new IllegalArgumentException("two rules share the id \"" + rule.id() + "\"");
        }
      }
    }
    return new ComplianceValidator(List.copyOf(packs), packOfRule);
  }

  /** The packs it runs, in the order given. */
  public List<RulePack> packs() {
    return packs;
  }

  /** Every finding of every pack over one account. */
  public ComplianceReport validate(KeyAccount account, LocalDate asOf) {
    return report(asOf, each(List.of(account), asOf));
  }

  /**
   * Every finding of every pack over every account of a portfolio, and what only the accounts
   * together show ({@link RulePack#checkAcross}).
   */
  public ComplianceReport validate(Portfolio portfolio, LocalDate asOf) {
    List<Finding> findings = each(portfolio.accounts(), asOf);
    findings.addAll(across(portfolio.accounts(), asOf, (pack, account) -> true));
    return report(asOf, findings);
  }

  /**
   * What only several accounts together show ({@link RulePack#checkAcross}): each pack over those
   * of {@code accounts} that {@code applies} admits for it, in report order.
   */
  public ComplianceReport validateAcross(
      List<KeyAccount> accounts, LocalDate asOf, BiPredicate<RulePack, KeyAccount> applies) {
    return report(asOf, across(accounts, asOf, applies));
  }

  /** What each pack finds in each account on its own. */
  private List<Finding> each(List<KeyAccount> accounts, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    List<Finding> findings = new ArrayList<>();
    for (KeyAccount account : accounts) {
      for (RulePack pack : packs) {
        findings.addAll(inCatalogue(pack, pack.check(account, asOf)));
      }
    }
    return findings;
  }

  /** What each pack finds across the accounts {@code applies} admits for it. */
  private List<Finding> across(
      List<KeyAccount> accounts, LocalDate asOf, BiPredicate<RulePack, KeyAccount> applies) {
    requireNonNull(accounts, "accounts");
    requireNonNull(asOf, "asOf");
    requireNonNull(applies, "applies");
    List<Finding> findings = new ArrayList<>();
    for (RulePack pack : packs) {
      List<KeyAccount> where = new ArrayList<>();
      for (KeyAccount account : accounts) {
        if (applies.test(pack, account)) {
          where.add(account);
        }
      }
      if (!where.isEmpty()) {
        findings.addAll(inCatalogue(pack, pack.checkAcross(where, asOf)));
      }
    }
    return findings;
  }

  /** {@code findings} in report order, with the packs that ran and their policy versions. */
  private ComplianceReport report(LocalDate asOf, List<Finding> findings) {
    findings.sort(ORDER);
    return ComplianceReport.builder()
        .asOf(asOf)
        .policyVersions(policyVersions)
        .findings(findings)
        .build();
  }

  /** {@code findings}, once each is known to be of a rule in {@code pack}'s catalogue. */
  private List<Finding> inCatalogue(RulePack pack, List<Finding> findings) {
    for (Finding f : findings) {
      if (!pack.id().equals(packOfRule.get(f.ruleId()))) {
        throw new IllegalStateException(
            "pack " + pack.id() + " reported rule " + f.ruleId() + " that is not in its catalogue");
      }
    }
    return findings;
  }

  /** True if {@code ruleId} is {@code packId}, a dot, and more. */
  private static boolean inPack(String ruleId, String packId) {
    return ruleId.length() > packId.length() + 1
        && ruleId.startsWith(packId)
        && ruleId.charAt(packId.length()) == '.';
  }
}
