package dev.kamkit.examples;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.GpoAffiliation;
import dev.kamkit.model.account.GpoCommitment;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.CommitteeRole;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.scoring.coverage.CoverageScorer;
import dev.kamkit.scoring.coverage.NextStakeholder;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * A first program: builds a key account in code (an IDN with a system-level P&amp;T committee, a
 * committed GPO affiliation, a retiring champion), prints who decides and who of ours holds them,
 * explains its relationship coverage and who to engage next, then shows how kamkit refuses an
 * account whose references are broken.
 *
 * <p>The shortest program to read first; the main example is {@link PortfolioReport}. Run this one
 * with {@code ./mvnw -q -pl examples -am -DskipTests package exec:java
 * -Dexec.mainClass=dev.kamkit.examples.QuickStart}.
 */
public final class QuickStart {
  /** The day the example is scored for; kamkit never reads the clock. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  private QuickStart() {}

  /** Builds the sample account and prints its decision map. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    KeyAccount riverside = riverside();
    out.println(describe(riverside));
    out.println();
    CoverageScorer coverage = CoverageScorer.withDefaults();
    out.println(coverage.score(riverside, AS_OF).explain());
    out.println();
    out.println("Who to engage next:");
    for (NextStakeholder next : coverage.nextStakeholders(riverside, AS_OF)) {
      out.println("  " + next.why());
    }
    out.println();
    out.println("And an account whose references are broken is refused, with every problem named:");
    try {
      KeyAccount.builder()
          .from(riverside)
          .addRelationship(
              Relationship.builder()
                  .teamMember(TeamMemberId.of("nobody"))
                  .stakeholder(StakeholderId.of("ghost"))
                  .strength(RelationshipStrength.WORKING)
                  .build())
          .build();
    } catch (InvalidModelException e) {
      out.println(e.getMessage());
    }
  }

  /** The sample account: Riverside Health, a US IDN. */
  public static KeyAccount riverside() {
    DecisionBodyId pt = DecisionBodyId.of("riverside-pt");
    TeamMemberId kam = TeamMemberId.of("kam-jordan");
    return KeyAccount.builder()
        .account(
            Account.builder()
                .id(AccountId.of("riverside"))
                .name("Riverside Health System")
                .kind(AccountKind.INTEGRATED_DELIVERY_NETWORK)
                .country("US")
                .profile(
                    AccountProfile.builder()
                        .beds(3_400)
                        .facilityCount(12)
                        .ehrSystem("Epic")
                        .addGpoAffiliation(
                            GpoAffiliation.builder()
                                .gpoName("Vizient")
                                .commitment(GpoCommitment.COMMITTED)
                                .build())
                        .build())
                .build())
        .addDecisionBody(
            DecisionBody.builder()
                .id(pt)
                .name("System P&T Committee")
                .kind(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
                .scope(DecisionScope.SYSTEM)
                .addMeetingDate(LocalDate.of(2027, 1, 14))
                .build())
        .addStakeholders(
            Stakeholder.builder()
                .id(StakeholderId.of("dr-okafor"))
                .name("Dr. Ada Okafor")
                .title("Chief of Oncology")
                .function(StakeholderFunction.CLINICAL)
                .addBuyingRole(BuyingRole.CLINICAL_CHAMPION)
                .addCommitteeMembership(CommitteeMembership.of(pt, CommitteeRole.VOTING_MEMBER))
                .sentiment(Sentiment.ADVOCATE)
                .status(StakeholderStatus.RETIRING)
                .departureDate(LocalDate.of(2027, 3, 31))
                .build(),
            Stakeholder.builder()
                .id(StakeholderId.of("cfo-lindqvist"))
                .name("Erik Lindqvist")
                .title("Chief Financial Officer")
                .function(StakeholderFunction.FINANCE)
                .addBuyingRole(BuyingRole.ECONOMIC_BUYER)
                .build())
        .addTeam(
            TeamMember.builder()
                .id(kam)
                .name("Jordan Reyes")
                .function(TeamFunction.KEY_ACCOUNT_MANAGER)
                .build())
        .addRelationship(
            Relationship.builder()
                .teamMember(kam)
                .stakeholder(StakeholderId.of("dr-okafor"))
                .strength(RelationshipStrength.STRONG)
                .lastInteraction(LocalDate.of(2026, 11, 2))
                .build())
        .build();
  }

  /** One line per stakeholder: roles, committees, status, and who of ours holds them. */
  static String describe(KeyAccount account) {
    StringBuilder text =
        new StringBuilder(account.account().name())
            .append(" (")
            .append(account.account().kind())
            .append(", ")
            .append(account.stakeholders().size())
            .append(" stakeholders)\n");
    for (Stakeholder s : account.stakeholders()) {
      String holders =
          account.relationshipsWith(s.id()).stream()
              .map(
                  r ->
                      account.teamMember(r.teamMember()).orElseThrow().name()
                          + " ("
                          + r.strength()
                          + ")")
              .collect(Collectors.joining(", "));
      String committees =
          s.committeeMemberships().stream()
              .map(m -> account.decisionBody(m.decisionBody()).orElseThrow().name())
              .collect(Collectors.joining(", "));
      text.append("  ")
          .append(s.name())
          .append(", ")
          .append(s.title().orElse(s.function().toString()))
          .append(": ")
          .append(s.buyingRoles())
          .append(committees.isEmpty() ? "" : ", sits on " + committees)
          .append(
              s.status() == StakeholderStatus.ACTIVE
                  ? ""
                  : ", " + s.status() + s.departureDate().map(d -> " " + d).orElse(""))
          .append(holders.isEmpty() ? ", held by nobody of ours" : ", held by " + holders)
          .append('\n');
    }
    return text.toString().stripTrailing();
  }
}
