package dev.kamkit.rules.compliance.states;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Message;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.RulePack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The US state pack: Minnesota's $50 gift limit, Massachusetts disclosure of payments over $50, New
 * Jersey's $10,000 services cap and meal cap, Vermont's gift ban, disclosure and registration (the
 * state statutes: 18 V.S.A. §§4631a, 4632; M.G.L. c.111N and 105 CMR 970; Minn. Stat. §151.461;
 * N.J.A.C. 13:45J). One pack with a rule family per state, so that a host enables state law once,
 * with one policy, and switches off the states it does not need with {@link
 * UsStatesPolicy#disabledStates()}.
 *
 * <pre>{@code
 * UsStatesPack pack = UsStatesPack.of(UsStatesPolicy.builder()
 *     .addNjMealCaps(NjMealCap.of(2025, "...", "NJ Board notice"))
 *     .addVermontRegistrations(2025)
 *     .build());
 * ComplianceReport report = ComplianceValidator.of(List.of(pack)).validate(account, asOf);
 * }</pre>
 *
 * <p>Which state applies to a transfer is where its recipient practises: the region of the
 * recipient's site, else the account's region, in a US account ({@code Jurisdiction}). Accounts
 * outside the US and recipients in other states give no findings. Only transfers to healthcare
 * professionals, dated on or before {@code asOf}, are judged; a group meal is judged per person,
 * its US dollar value divided by everyone who partook. Yearly totals are per calendar year over the
 * one account {@link #check(KeyAccount, LocalDate)} sees.
 *
 * <p>Immutable and thread-safe; never throws for bad data, which is a finding.
 */
public final class UsStatesPack implements RulePack {
  private static final Message NAME = Message.of(UsStatesCode.PACK_NAME);

  /** The pack id, first word of every rule id. */
  public static final String ID = "states";

  private final UsStatesPolicy policy;

  private UsStatesPack(UsStatesPolicy policy) {
    this.policy = policy;
  }

  /** The pack with {@link UsStatesPolicy#defaults()}: verified facts only, every state on. */
  public static UsStatesPack withDefaults() {
    return of(UsStatesPolicy.defaults());
  }

  /** The pack with the host's policy. */
  public static UsStatesPack of(UsStatesPolicy policy) {
    return new UsStatesPack(requireNonNull(policy, "policy"));
  }

  /** The policy it applies. */
  public UsStatesPolicy policy() {
    return policy;
  }

  /** {@value #ID}. */
  @Override
  public String id() {
    return ID;
  }

  /** The version of its {@link #policy()}. */
  @Override
  public String policyVersion() {
    return policy.version();
  }

  /** {@code US state laws (MN, MA, NJ, VT)}. */
  @Override
  public Message name() {
    return NAME;
  }

  /** Every rule of {@link UsStatesRules#ALL}. */
  @Override
  public List<RuleDescriptor> rules() {
    return UsStatesRules.ALL;
  }

  /** Accounts in the United States. */
  @Override
  public boolean appliesTo(KeyAccount account) {
    return "US".equals(account.account().country());
  }

  /** Every finding about one account's transfers made on or before {@code asOf}. */
  @Override
  public List<Finding> check(KeyAccount account, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    StateShares scope = StateShares.of(account, asOf, policy);
    List<Finding> findings = new ArrayList<>(CommonFindings.of(account, scope));
    findings.addAll(Minnesota.of(account, scope.in(UsState.MINNESOTA), asOf));
    findings.addAll(Massachusetts.of(account, scope.in(UsState.MASSACHUSETTS)));
    findings.addAll(NewJersey.of(account, scope.in(UsState.NEW_JERSEY), policy));
    findings.addAll(Vermont.of(account, scope.in(UsState.VERMONT), policy, asOf));
    return findings;
  }
}
