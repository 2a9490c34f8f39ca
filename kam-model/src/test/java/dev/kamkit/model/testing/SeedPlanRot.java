package dev.kamkit.model.testing;

import static dev.kamkit.model.testing.SeedCatalogue.CARLA_NGUYEN;
import static dev.kamkit.model.testing.SeedCatalogue.JORDAN_BLAKE;
import static dev.kamkit.model.testing.SeedCatalogue.ONCOXA;
import static dev.kamkit.model.testing.SeedCatalogue.ONCOXA_NSCLC;
import static dev.kamkit.model.testing.SeedCatalogue.date;
import static dev.kamkit.model.testing.SeedCatalogue.person;
import static dev.kamkit.model.testing.SeedCatalogue.usPhysician;
import static dev.kamkit.model.testing.SeedCatalogue.usProfessional;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Ownership;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.committee.DecisionType;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.plan.PlanStatus;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.CommitteeRole;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.Influence;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import java.time.LocalDate;
import java.util.List;

/**
 * Northern Plains Health Partners: "a real account plan is not a slide deck refreshed once a year
 * for QBRs" (Prolifiq, "Pharma Key Account Management"). The relationships are healthy; the plan is
 * changed only in the three days before each quarterly business review, and actions are closed on
 * those same days.
 */
final class SeedPlanRot {
  static final AccountId ID = AccountId.of("northern-plains-health-partners");

  /** The quarterly business reviews of 2026. */
  static final List<LocalDate> REVIEWS =
      List.of(date(2026, 1, 20), date(2026, 4, 21), date(2026, 7, 21), date(2026, 10, 20));

  /** Every change to the plan: one to three days before a review, never in between. */
  static final List<LocalDate> UPDATES =
      List.of(
          date(2026, 1, 17),
          date(2026, 1, 19),
          date(2026, 4, 20),
          date(2026, 7, 18),
          date(2026, 7, 19),
          date(2026, 7, 20),
          date(2026, 10, 18),
          date(2026, 10, 19));

  private static final StakeholderId PHARMACY_DIRECTOR = StakeholderId.of("northern-plains-rx");
  private static final StakeholderId ONCOLOGY_CHIEF = StakeholderId.of("northern-plains-onc");
  private static final StakeholderId ONCOLOGIST = StakeholderId.of("northern-plains-dr-hale");
  private static final StakeholderId CFO = StakeholderId.of("northern-plains-cfo");
  private static final StakeholderId NURSE = StakeholderId.of("northern-plains-nurse");
  private static final StakeholderId QUALITY = StakeholderId.of("northern-plains-quality");
  private static final TeamMemberId REP = TeamMemberId.of("team-sales-dana-kowalski");
  private static final SiteId HOSPITAL = SiteId.of("northern-plains-fargo");
  private static final ClinicalUnitId ONCOLOGY = ClinicalUnitId.of("northern-plains-oncology");
  private static final DecisionBodyId PT = DecisionBodyId.of("northern-plains-pt");
  private static final ObjectiveId RETENTION = ObjectiveId.of("northern-plains-obj-retention");

  private SeedPlanRot() {}

  static KeyAccount keyAccount() {
    return KeyAccount.builder()
        .account(
            Account.builder()
                .id(ID)
                .name("Northern Plains Health Partners")
                .kind(AccountKind.INTEGRATED_DELIVERY_NETWORK)
                .country("US")
                .region("ND")
                .tier(AccountTier.TIER_2)
                .addSite(
                    Site.builder()
                        .id(HOSPITAL)
                        .name("Northern Plains Fargo Medical Center")
                        .kind(SiteKind.HOSPITAL)
                        .beds(330)
                        .addClinicalUnit(
                            ClinicalUnit.builder().id(ONCOLOGY).name("Cancer Center").build())
                        .build())
                .profile(
                    AccountProfile.builder()
                        .beds(510)
                        .facilityCount(2)
                        .ownership(Ownership.NOT_FOR_PROFIT)
                        .ehrSystem("Epic")
                        .build())
                .build())
        .addStakeholders(
            person(
                    PHARMACY_DIRECTOR.value(),
                    "Karen Lund, PharmD",
                    "Director of Pharmacy",
                    StakeholderFunction.PHARMACY)
                .addBuyingRole(BuyingRole.TECHNICAL_BUYER)
                .seniority(Seniority.SENIOR_LEADER)
                .sentiment(Sentiment.SUPPORTER)
                .addCommitteeMembership(CommitteeMembership.of(PT, CommitteeRole.CHAIR))
                .hcp(usProfessional(HcpProfession.PHARMACIST, "ND"))
                .build(),
            person(
                    ONCOLOGY_CHIEF.value(),
                    "Dr. Peter Sorensen",
                    "Medical Director, Cancer Center",
                    StakeholderFunction.CLINICAL)
                .addBuyingRoles(BuyingRole.CLINICAL_CHAMPION, BuyingRole.USER)
                .seniority(Seniority.DEPARTMENT_HEAD)
                .influence(Influence.HIGH)
                .sentiment(Sentiment.ADVOCATE)
                .addCommitteeMembership(CommitteeMembership.of(PT, CommitteeRole.VOTING_MEMBER))
                .hcp(usPhysician("1291703423", "Medical Oncology", "ND"))
                .build(),
            person(
                    ONCOLOGIST.value(),
                    "Dr. Laura Hale",
                    "Medical Oncologist",
                    StakeholderFunction.CLINICAL)
                .addBuyingRole(BuyingRole.USER)
                .seniority(Seniority.STAFF)
                .sentiment(Sentiment.SUPPORTER)
                .reportsTo(ONCOLOGY_CHIEF)
                .hcp(usPhysician("1366712762", "Medical Oncology", "ND"))
                .build(),
            person(
                    CFO.value(),
                    "Martin Engel",
                    "Chief Financial Officer",
                    StakeholderFunction.FINANCE)
                .addBuyingRole(BuyingRole.ECONOMIC_BUYER)
                .seniority(Seniority.EXECUTIVE)
                .influence(Influence.DECISIVE)
                .sentiment(Sentiment.NEUTRAL)
                .build(),
            person(
                    NURSE.value(),
                    "Jenna Voss, RN",
                    "Oncology Nurse Navigator",
                    StakeholderFunction.NURSING)
                .addBuyingRole(BuyingRole.USER)
                .seniority(Seniority.STAFF)
                .sentiment(Sentiment.SUPPORTER)
                .hcp(usProfessional(HcpProfession.REGISTERED_NURSE, "ND"))
                .build(),
            person(
                    QUALITY.value(),
                    "Dr. Sam Whitaker",
                    "Director of Population Health",
                    StakeholderFunction.QUALITY_AND_POPULATION_HEALTH)
                .addBuyingRole(BuyingRole.INFLUENCER)
                .seniority(Seniority.SENIOR_LEADER)
                .sentiment(Sentiment.NEUTRAL)
                .build())
        .addDecisionBody(
            DecisionBody.builder()
                .id(PT)
                .name("Northern Plains P&T Committee")
                .kind(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
                .scope(DecisionScope.SYSTEM)
                .addDecision(DecisionType.FORMULARY_LISTING)
                .build())
        .addTeam(
            SeedCatalogue.jordanBlake(),
            SeedCatalogue.carlaNguyen(),
            SeedCatalogue.member(REP.value(), "Dana Kowalski", TeamFunction.SALES))
        .addRelationships(
            held(JORDAN_BLAKE, PHARMACY_DIRECTOR, RelationshipStrength.STRONG, "2026-10-26"),
            held(JORDAN_BLAKE, ONCOLOGY_CHIEF, RelationshipStrength.STRONG, "2026-10-14"),
            held(JORDAN_BLAKE, CFO, RelationshipStrength.WORKING, "2026-09-29"),
            held(REP, ONCOLOGIST, RelationshipStrength.WORKING, "2026-10-22"),
            held(REP, NURSE, RelationshipStrength.WORKING, "2026-10-08"),
            held(REP, ONCOLOGY_CHIEF, RelationshipStrength.STRONG, "2026-10-29"),
            held(CARLA_NGUYEN, QUALITY, RelationshipStrength.WORKING, "2026-09-17"))
        .addProduct(SeedCatalogue.oncoxa())
        .addWhitespace(
            WhitespaceCell.builder()
                .product(ONCOXA)
                .clinicalUnit(ONCOLOGY)
                .status(WhitespaceStatus.SOLD)
                .indication(ONCOXA_NSCLC)
                .build())
        .plan(plan())
        .build();
  }

  private static Relationship held(
      TeamMemberId member, StakeholderId stakeholder, RelationshipStrength strength, String last) {
    return Relationship.builder()
        .teamMember(member)
        .stakeholder(stakeholder)
        .strength(strength)
        .since(date(2023, 5, 1))
        .lastInteraction(LocalDate.parse(last))
        .build();
  }

  private static AccountPlan plan() {
    return AccountPlan.builder()
        .name("Northern Plains Health Partners 2026 account plan")
        .status(PlanStatus.ACTIVE)
        .owner(JORDAN_BLAKE)
        .periodStart(date(2026, 1, 1))
        .periodEnd(date(2026, 12, 31))
        .addStrategicPriority("Keep first-line NSCLC patients in network")
        .addObjective(
            Objective.builder()
                .id(RETENTION)
                .title("Keep Oncoxa first-line share above 50%")
                .measure("share of first-line NSCLC starts, quarterly")
                .dueDate(date(2026, 12, 31))
                .status(ObjectiveStatus.IN_PROGRESS)
                .owner(JORDAN_BLAKE)
                .product(ONCOXA)
                .indication(ONCOXA_NSCLC)
                .build())
        .addActions(
            closedOnReviewEve(
                "northern-plains-act-q1-review", "Refresh the tumour-board deck", 1, 19),
            closedOnReviewEve("northern-plains-act-q2-review", "Update the share forecast", 4, 20),
            closedOnReviewEve(
                "northern-plains-act-q3-review", "Refresh the stakeholder map", 7, 20),
            Action.builder()
                .id(ActionId.of("northern-plains-act-q4-pathway"))
                .title("Map the referral pathway from the rural clinics")
                .owner(REP)
                .dueDate(date(2026, 12, 15))
                .addObjective(RETENTION)
                .addStakeholder(NURSE)
                .build())
        .updates(UPDATES)
        .reviews(REVIEWS)
        .build();
  }

  /** An action completed on the eve of a 2026 review, when the plan was last touched. */
  private static Action closedOnReviewEve(String id, String title, int month, int day) {
    return Action.builder()
        .id(ActionId.of(id))
        .title(title)
        .owner(JORDAN_BLAKE)
        .dueDate(date(2026, month, day))
        .status(ActionStatus.COMPLETED)
        .completedOn(date(2026, month, day))
        .addObjective(RETENTION)
        .build();
  }
}
