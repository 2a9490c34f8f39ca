package dev.kamkit.rules.compliance;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Message;
import java.time.LocalDate;
import java.util.List;

/**
 * A set of rules from one regulation or code (US Open Payments, the PhRMA Code, a state law, EFPIA
 * disclosure, ...). A host selects the packs that apply to it and passes them to a {@link
 * ComplianceValidator}.
 *
 * <p>Implementations are immutable, thread-safe and pure: they read the account and {@code asOf}
 * only, report every finding rather than stopping at the first, and never throw for bad data (bad
 * data is a finding). Every finding's rule id is one of {@link #rules()}.
 */
public interface RulePack {

  /** The pack's id, the first word of each of its rule ids, e.g. {@code "openpayments"}. */
  String id();

  /**
   * The pack's name for people, worded on demand like every message: {@code
   * Messages.in(locale).format(pack.name())}, e.g. "US Open Payments (Sunshine Act)".
   */
  Message name();

  /**
   * The version of the policy the pack judges by, e.g. {@code "kamkit-openpayments-1"}: what a
   * {@link ComplianceReport} records for the pack, so that a finding can be traced to the settings
   * that made it. A host's own pack names its own, and changes it whenever it changes its rules.
   */
  String policyVersion();

  /** Every rule the pack can report, for the catalogue. */
  List<RuleDescriptor> rules();

  /**
   * True if the pack's law or code applies to {@code account}, by its jurisdiction: the evaluator
   * runs a pack only where it applies ({@code PackScope.byJurisdiction()}). By default a pack
   * applies everywhere, as company policies do.
   */
  default boolean appliesTo(KeyAccount account) {
    return true;
  }

  /** Checks one account as of {@code asOf} and returns every finding. */
  List<Finding> check(KeyAccount account, LocalDate asOf);

  /**
   * The findings only several accounts together show, such as a recipient whose transfers under
   * several accounts cross a threshold that those under one account do not. Each account is also
   * checked on its own with {@link #check}; this adds what that cannot see. None by default.
   *
   * @param accounts the accounts the pack applies to, in a stable order
   */
  default List<Finding> checkAcross(List<KeyAccount> accounts, LocalDate asOf) {
    return List.of();
  }
}
