package dev.kamkit.rules.compliance.rationale;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.plan.ValueProposition;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.RulePack;
import dev.kamkit.rules.compliance.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that every engagement is defensible: each interaction held or planned, the value
 * proposition and each shared-value initiative document a legitimate business and clinical
 * rationale (Prolifiq, "Pharma Key Account Management"); planned interactions only if {@link
 * RationalePolicy#plannedInteractions()}. A missing rationale is a finding; an empty one cannot be
 * recorded, since the model refuses blank text.
 *
 * <p>Immutable and thread-safe.
 */
public final class RationalePack implements RulePack {
  private static final Message NAME = Message.of(RationaleCode.PACK_NAME);

  /** The pack id. */
  public static final String ID = "rationale";

  private static final String SOURCE =
      "Company compliance policy; PhRMA Code on Interactions with Health Care Professionals";

  /** An interaction held or planned without a documented rationale. */
  public static final RuleDescriptor INTERACTION =
      RuleDescriptor.of(
          "rationale.interaction.missing",
          Severity.ERROR,
          "Every interaction held or planned documents its business and clinical rationale",
          SOURCE);

  /** A value proposition without a business or a clinical rationale. */
  public static final RuleDescriptor VALUE_PROPOSITION =
      RuleDescriptor.of(
          "rationale.value-proposition.missing",
          Severity.ERROR,
          "The value proposition documents both its business and its clinical rationale",
          SOURCE);

  /** A shared-value initiative without a rationale. */
  public static final RuleDescriptor INITIATIVE =
      RuleDescriptor.of(
          "rationale.initiative.missing",
          Severity.ERROR,
          "Every shared-value initiative documents its legitimate rationale",
          SOURCE);

  private final RationalePolicy policy;

  private RationalePack(RationalePolicy policy) {
    this.policy = policy;
  }

  /** The pack with {@link RationalePolicy#defaults()}. */
  public static RationalePack withDefaults() {
    return new RationalePack(RationalePolicy.defaults());
  }

  /** The pack with the host's policy. */
  public static RationalePack of(RationalePolicy policy) {
    return new RationalePack(requireNonNull(policy, "policy"));
  }

  /** The policy it applies. */
  public RationalePolicy policy() {
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

  @Override
  public List<RuleDescriptor> rules() {
    return List.of(INTERACTION, VALUE_PROPOSITION, INITIATIVE);
  }

  @Override
  public List<Finding> check(KeyAccount account, LocalDate asOf) {
    List<Finding> findings = new ArrayList<>();
    for (Interaction i : account.interactions()) {
      if (i.status() != InteractionStatus.CANCELLED
          && i.rationale().isEmpty()
          && (policy.plannedInteractions() || i.status() != InteractionStatus.PLANNED)) {
        findings.add(
            Finding.of(
                INTERACTION,
                account.id(),
                List.of(i.id()),
                i.status() == InteractionStatus.PLANNED
                    ? RationaleCode.PLANNED_INTERACTION_MISSING
                    : RationaleCode.INTERACTION_MISSING,
                Arg.of(i.id()),
                Arg.of(i.date()),
                Arg.text(i.purpose())));
      }
    }
    account
        .plan()
        .flatMap(AccountPlan::valueProposition)
        .ifPresent(vp -> valueProposition(account, vp, findings));
    for (SharedValueInitiative s :
        account
            .plan()
            .<List<SharedValueInitiative>>map(AccountPlan::sharedValueInitiatives)
            .orElse(List.of())) {
      if (s.rationale().isEmpty()) {
        findings.add(
            Finding.of(
                INITIATIVE,
                account.id(),
                List.of(s.id()),
                RationaleCode.INITIATIVE_MISSING,
                Arg.of(s.id(), s.name())));
      }
    }
    return findings;
  }

  private static void valueProposition(
      KeyAccount account, ValueProposition vp, List<Finding> findings) {
    boolean noBusiness = vp.businessRationale().isEmpty();
    boolean noClinical = vp.clinicalRationale().isEmpty();
    if (noBusiness || noClinical) {
      findings.add(
          Finding.of(
              VALUE_PROPOSITION,
              account.id(),
              List.of(),
              noBusiness && noClinical
                  ? RationaleCode.VALUE_PROPOSITION_MISSING
                  : noBusiness
                      ? RationaleCode.VALUE_PROPOSITION_BUSINESS_MISSING
                      : RationaleCode.VALUE_PROPOSITION_CLINICAL_MISSING,
              Arg.text(vp.statement())));
    }
  }
}
