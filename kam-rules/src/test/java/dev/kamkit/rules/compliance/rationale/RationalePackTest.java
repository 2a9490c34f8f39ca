package dev.kamkit.rules.compliance.rationale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
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

  private static Interaction interaction(String id, InteractionStatus status, String rationale) {
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

  @Test
  void everyEngagementWithoutARationaleIsReportedAndCancelledOnesAreNot() {
    KeyAccount account =
        KeyAccount.builder()
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
                    .build())
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
    List<Finding> findings = RationalePack.create().check(account, AS_OF);
    assertEquals(
        List.of(
            "rationale.interaction.missing [held]: Interaction held on 2026-11-22 (\"Formulary"
                + " review\") has no documented rationale",
            "rationale.interaction.missing [planned]: Planned interaction planned on 2026-11-22"
                + " (\"Formulary review\") has no documented rationale",
            "rationale.value-proposition.missing []: The value proposition \"Shorter stays\" has"
                + " no documented clinical rationale",
            "rationale.initiative.missing [adherence]: Shared-value initiative \"Adherence"
                + " programme\" has no documented rationale"),
        findings.stream()
            .map(f -> f.ruleId() + " " + f.subjects() + ": " + f.message().toString())
            .toList());
  }
}
