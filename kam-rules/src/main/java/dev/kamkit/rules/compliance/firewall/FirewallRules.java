package dev.kamkit.rules.compliance.firewall;

import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.Severity;
import java.util.List;

/**
 * Every rule of the firewall pack. Ids are stable and never reused. A commercial person answering
 * an off-label request is the off-label pack's {@code
 * offlabel.interaction.commercial-answered-request} and is not repeated here.
 */
public final class FirewallRules {
  private FirewallRules() {}

  private static final String MSL_PAY =
      "Medical science liaison role in Medical Affairs (IntuitionLabs; WSJ via PRWatch)";
  private static final String NO_DIRECTION =
      "Commercial / medical separation (IntuitionLabs; OIG Special Fraud Alert: Speaker Programs,"
          + " 16 Nov 2020)";
  private static final String TYPICAL =
      "Company firewall policy (host setting; typical practice, unverified)";

  /** A medical team member works under a sales quota or sales-based pay. */
  public static final RuleDescriptor SALES_INCENTIVE =
      RuleDescriptor.of(
          "firewall.member.sales-incentive",
          Severity.ERROR,
          "Medical team members still on the team carry no sales quota and no sales-based pay",
          MSL_PAY);

  /** A medical objective is owned by a commercial team member. */
  public static final RuleDescriptor OBJECTIVE_COMMERCIAL_OWNER =
      RuleDescriptor.of(
          "firewall.objective.commercial-owner",
          Severity.ERROR,
          "Plan objectives recorded as medical are owned by medical team members",
          NO_DIRECTION);

  /** A medical objective is directed by a commercial team member. */
  public static final RuleDescriptor OBJECTIVE_COMMERCIAL_DIRECTION =
      RuleDescriptor.of(
          "firewall.objective.commercial-direction",
          Severity.ERROR,
          "Plan objectives recorded as medical are not directed by commercial team members",
          NO_DIRECTION);

  /** A medical team member works a target list built by a commercial one (on by default). */
  public static final RuleDescriptor SALES_BUILT_TARGET_LIST =
      RuleDescriptor.of(
          "firewall.target-list.sales-built",
          Severity.WARNING,
          "On by default (FirewallPolicy.salesBuiltTargetLists): medical team members do not work"
              + " target lists built by commercial team members",
          TYPICAL);

  /** A medical team member joined a promotional interaction (opt-in). */
  public static final RuleDescriptor MEDICAL_ON_PROMOTIONAL_CALL =
      RuleDescriptor.of(
          "firewall.interaction.medical-on-promotional-call",
          Severity.WARNING,
          "Opt-in (FirewallPolicy.medicalOnPromotionalCalls): medical team members do not join"
              + " interactions with commercial participants that discuss our products, use"
              + " promotional materials or are speaker programmes",
          TYPICAL);

  /** All of them, in catalogue order. */
  static final List<RuleDescriptor> ALL =
      List.of(
          SALES_INCENTIVE,
          OBJECTIVE_COMMERCIAL_OWNER,
          OBJECTIVE_COMMERCIAL_DIRECTION,
          SALES_BUILT_TARGET_LIST,
          MEDICAL_ON_PROMOTIONAL_CALL);
}
