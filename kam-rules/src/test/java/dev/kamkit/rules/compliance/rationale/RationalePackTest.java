package dev.kamkit.rules.compliance.rationale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.plan.ValueProposition;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RationalePackTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  static Interaction interaction(String id, InteractionStatus status, String rationale) {
    Interaction.Builder i =
        Interaction.builder()
            .id(InteractionId.of(id))
            .date(AS_OF)
            .channel(Channel.REMOTE)
            .status(status)
            .addTeamMember(TeamMemberId.of("kam"))
            .purpose("Formulary review");
    return (rationale == null ? i : i.rationale(rationale)).build();
  }

  /** A US hospital whose one team member, the KAM, takes part in every interaction. */
  static KeyAccount.Builder account() {
    return KeyAccount.builder()
        .account(
            Account.builder()
                .id(AccountId.of("a"))
                .name("A")
                .kind(AccountKind.HOSPITAL)
                .country("US")
                .build())
        .addTeam(
            TeamMember.builder()
                .id(TeamMemberId.of("kam"))
                .name("KAM")
                .function(TeamFunction.KEY_ACCOUNT_MANAGER)
                .build());
  }

  @Test
  void everyEngagementWithoutARationaleIsReportedAndCancelledOnesAreNot() {
    KeyAccount account =
        account()
            .addInteractions(
                interaction("held", InteractionStatus.COMPLETED, null),
                interaction("planned", InteractionStatus.PLANNED, null),
                interaction("cancelled", InteractionStatus.CANCELLED, null),
                interaction("documented", InteractionStatus.COMPLETED, "Dossier for P&T review"))
            .plan(
                AccountPlan.builder()
                    .name("Plan")
                    .valueProposition(
                        ValueProposition.builder()
                            .statement("Shorter stays")
                            .businessRationale("Bed days")
                            .build())
                    .addSharedValueInitiatives(
                        SharedValueInitiative.builder()
                            .id(InitiativeId.of("adherence"))
                            .name("Adherence programme")
                            .build(),
                        SharedValueInitiative.builder()
                            .id(InitiativeId.of("pathway"))
                            .name("Pathway redesign")
                            .rationale("Diagnosis delays cost outcomes")
                            .build())
                    .build())
            .build();
    List<Finding> findings = RationalePack.withDefaults().check(account, AS_OF);
    assertEquals(
        List.of(
            "rationale.interaction.missing rationale.interaction.missing [held]",
            "rationale.interaction.missing rationale.interaction.planned.missing [planned]",
            "rationale.value-proposition.missing rationale.value-proposition.clinical.missing []",
            "rationale.initiative.missing rationale.initiative.missing [adherence]"),
        findings.stream().map(f -> f.ruleId() + " " + f.code() + " " + f.subjects()).toList());
    assertEquals(
        List.of(
            Message.of(
                RationaleCode.INTERACTION_MISSING,
                Arg.of(InteractionId.of("held")),
                Arg.of(AS_OF),
                Arg.text("Formulary review")),
            Message.of(
                RationaleCode.PLANNED_INTERACTION_MISSING,
                Arg.of(InteractionId.of("planned")),
                Arg.of(AS_OF),
                Arg.text("Formulary review")),
            Message.of(RationaleCode.VALUE_PROPOSITION_CLINICAL_MISSING, Arg.text("Shorter stays")),
            Message.of(
                RationaleCode.INITIATIVE_MISSING,
                Arg.of(InitiativeId.of("adherence"), "Adherence programme"))),
        findings.stream().map(Finding::message).toList());
    assertEquals(
        List.of(
            "Interaction held on 2026-11-22 (\"Formulary review\") has no documented rationale",
            "Planned interaction planned on 2026-11-22 (\"Formulary review\") has no documented"
                + " rationale",
            "The value proposition \"Shorter stays\" has no documented clinical rationale",
            "Shared-value initiative \"Adherence programme\" has no documented rationale"),
        findings.stream().map(f -> f.message().toString()).toList());
  }

  @Test
  void theValuePropositionFindingSaysWhichRationaleIsMissing() {
    ValueProposition nothing = ValueProposition.builder().statement("Shorter stays").build();
    assertEquals(
        List.of("rationale.value-proposition.missing"), codes(nothing), "neither rationale");
    assertEquals(
        List.of("rationale.value-proposition.business.missing"),
        codes(nothing.withClinicalRationale("Fewer readmissions")));
    assertEquals(
        List.of("rationale.value-proposition.clinical.missing"),
        codes(nothing.withBusinessRationale("Bed days")));
    assertEquals(
        List.of(),
        codes(nothing.withBusinessRationale("Bed days").withClinicalRationale("Readmissions")));
  }

  private static List<String> codes(ValueProposition vp) {
    KeyAccount account =
        account().plan(AccountPlan.builder().name("Plan").valueProposition(vp).build()).build();
    return RationalePack.withDefaults().check(account, AS_OF).stream().map(Finding::code).toList();
  }

  @Test
  void aHostMayAskForTheRationaleOnlyOnceTheInteractionTookPlace() {
    KeyAccount account =
        account()
            .addInteractions(
                interaction("held", InteractionStatus.COMPLETED, null),
                interaction("planned", InteractionStatus.PLANNED, null))
            .build();
    RationalePack byDefault = RationalePack.withDefaults();
    assertEquals("kamkit-rationale-1", byDefault.policyVersion());
    assertEquals(RationalePolicy.defaults(), byDefault.policy());
    assertEquals(
        List.of(RationaleCode.INTERACTION_MISSING, RationaleCode.PLANNED_INTERACTION_MISSING),
        byDefault.check(account, AS_OF).stream().map(f -> f.message().code()).toList());
    RationalePack heldOnly =
        RationalePack.of(
            RationalePolicy.defaults()
                .withVersion("acme-rationale-2")
                .withPlannedInteractions(false));
    assertEquals("acme-rationale-2", heldOnly.policyVersion());
    assertEquals(
        List.of(RationaleCode.INTERACTION_MISSING),
        heldOnly.check(account, AS_OF).stream().map(f -> f.message().code()).toList());
  }
}
