package dev.kamkit.rules.compliance.firewall;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.Incentive;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.RulePack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The commercial / medical firewall pack (IntuitionLabs on MSL compliance; OIG Special Fraud Alert
 * (2020); Prolifiq, "Pharma Key Account Management"): medical team members carry no sales
 * incentives, and commercial team members neither own nor direct medical objectives. Two typical
 * practices not verified against a published source are settings of {@link FirewallPolicy}: medical
 * members working target lists built by commercial (checked unless switched off), and medical
 * members joining promotional calls (checked only when switched on).
 *
 * <p>A commercial person answering an off-label question is reported by the off-label pack ({@code
 * offlabel.interaction.commercial-answered-request}), not here. An empty {@link
 * TeamMember#incentives()} means none are recorded and is never a finding; a member who left the
 * team before {@code asOf} is not judged on incentives; an objective whose division is not recorded
 * is not judged, since kamkit does not infer it from the owner; cancelled objectives and
 * interactions are skipped. Each finding names the person, their function and what would fix it.
 *
 * <p>Immutable and thread-safe.
 */
public final class FirewallPack implements RulePack {
  private static final Message NAME = Message.of(FirewallCode.PACK_NAME);

  /** The pack id. */
  public static final String ID = "firewall";

  private final FirewallPolicy policy;

  private FirewallPack(FirewallPolicy policy) {
    this.policy = policy;
  }

  /** The pack with {@link FirewallPolicy#defaults()}: verified rules only. */
  public static FirewallPack withDefaults() {
    return of(FirewallPolicy.defaults());
  }

  /** The pack with the host's {@code policy}. */
  public static FirewallPack of(FirewallPolicy policy) {
    return new FirewallPack(requireNonNull(policy, "policy"));
  }

  /** The settings it runs with. */
  public FirewallPolicy policy() {
    return policy;
  }

  @Override
  public String id() {
    return ID;
  }

  /** The version of its {@link #policy()}. */
  @Override
  public String policyVersion() {
    return policy.version();
  }

  @Override
  public Message name() {
    return NAME;
  }

  /** Every rule, the switchable ones included whatever the policy. */
  @Override
  public List<RuleDescriptor> rules() {
    return FirewallRules.ALL;
  }

  @Override
  public List<Finding> check(KeyAccount account, LocalDate asOf) {
    List<Finding> findings = new ArrayList<>();
    for (TeamMember m : account.team()) {
      if (m.division() == Division.MEDICAL && m.isActiveOn(asOf) && m.hasSalesIncentive()) {
        findings.add(
            Finding.of(
                FirewallRules.SALES_INCENTIVE,
                account.id(),
                List.of(m.id()),
                FirewallCode.SALES_INCENTIVE,
                People.member(m),
                People.function(m),
                Arg.list(
                    m.incentives().stream().filter(Incentive::isSalesBased).sorted().toList(),
                    Arg::of)));
      }
    }
    for (Objective o :
        account.plan().<List<Objective>>map(AccountPlan::objectives).orElse(List.of())) {
      if (o.status() != ObjectiveStatus.CANCELLED
          && o.division().equals(Optional.of(Division.MEDICAL))) {
        objective(account, o, findings);
      }
    }
    if (policy.salesBuiltTargetLists()) {
      TypicalPractices.salesBuiltTargetLists(account, findings);
    }
    if (policy.medicalOnPromotionalCalls()) {
      TypicalPractices.medicalOnPromotionalCalls(account, findings);
    }
    return findings;
  }

  private static void objective(KeyAccount account, Objective o, List<Finding> findings) {
    Arg objective = Arg.of(o.id(), o.title());
    commercial(account, o.owner())
        .ifPresent(
            owner ->
                findings.add(
                    Finding.of(
                        FirewallRules.OBJECTIVE_COMMERCIAL_OWNER,
                        account.id(),
                        List.of(o.id(), owner.id()),
                        FirewallCode.OBJECTIVE_COMMERCIAL_OWNER,
                        objective,
                        People.member(owner),
                        People.function(owner))));
    commercial(account, o.directedBy())
        .ifPresent(
            director ->
                findings.add(
                    Finding.of(
                        FirewallRules.OBJECTIVE_COMMERCIAL_DIRECTION,
                        account.id(),
                        List.of(o.id(), director.id()),
                        FirewallCode.OBJECTIVE_COMMERCIAL_DIRECTION,
                        objective,
                        People.member(director),
                        People.function(director))));
  }

  private static Optional<TeamMember> commercial(KeyAccount account, Optional<TeamMemberId> id) {
    return id.map(m -> account.teamMember(m).orElseThrow())
        .filter(m -> m.division() == Division.COMMERCIAL);
  }
}
