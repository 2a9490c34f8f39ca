package dev.kamkit.model.testing;

import static dev.kamkit.model.testing.SeedCatalogue.CARDIVA;
import static dev.kamkit.model.testing.SeedCatalogue.CARDIVA_HF;
import static dev.kamkit.model.testing.SeedCatalogue.JORDAN_BLAKE;
import static dev.kamkit.model.testing.SeedCatalogue.VENIFLO;
import static dev.kamkit.model.testing.SeedCatalogue.VENIFLO_INFUSION;
import static dev.kamkit.model.testing.SeedCatalogue.date;
import static dev.kamkit.model.testing.SeedCatalogue.person;
import static dev.kamkit.model.testing.SeedCatalogue.usPhysician;
import static dev.kamkit.model.testing.SeedCatalogue.usProfessional;
import static dev.kamkit.model.testing.SeedCatalogue.usd;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.GpoAffiliation;
import dev.kamkit.model.account.GpoCommitment;
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
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lakeview Regional Health: "if you have strong clinical advocacy but no relationship with the CFO
 * who controls capital budgets, you know exactly where to invest the next quarter" (Prolifiq,
 * "Healthcare Key Account Management: A Practical Guide"). Cardiology advocates, pharmacy and
 * supply chain are held by three of ours, seven relationships active within the last month; the
 * CFO, the economic buyer who chairs the capital committee that must approve the Veniflo pump
 * standardisation, is held by nobody.
 */
final class SeedCfoGap {
  static final AccountId ID = AccountId.of("lakeview-regional-health");
  static final StakeholderId CFO = StakeholderId.of("lakeview-cfo");

  private static final StakeholderId CEO = StakeholderId.of("lakeview-ceo");
  private static final StakeholderId CHIEF_OF_CARDIOLOGY =
      StakeholderId.of("lakeview-chief-of-cardiology");
  private static final StakeholderId HF_CARDIOLOGIST = StakeholderId.of("lakeview-dr-osei");
  private static final StakeholderId CARDIOLOGIST = StakeholderId.of("lakeview-dr-lindqvist");
  private static final StakeholderId HF_NURSE = StakeholderId.of("lakeview-hf-nurse-navigator");
  private static final StakeholderId PHARMACY_DIRECTOR =
      StakeholderId.of("lakeview-pharmacy-director");
  private static final StakeholderId CARDIOLOGY_PHARMACIST =
      StakeholderId.of("lakeview-cardiology-pharmacist");
  private static final StakeholderId SUPPLY_CHAIN = StakeholderId.of("lakeview-supply-chain");
  private static final StakeholderId FINANCE_VP = StakeholderId.of("lakeview-vp-finance");

  private static final TeamMemberId REP = TeamMemberId.of("team-sales-nina-park");
  private static final TeamMemberId MSL = TeamMemberId.of("team-msl-omar-haddad");
  private static final DecisionBodyId CAPITAL = DecisionBodyId.of("lakeview-capital-committee");
  private static final DecisionBodyId VAC = DecisionBodyId.of("lakeview-system-vac");
  private static final ObjectiveId PUMPS = ObjectiveId.of("lakeview-obj-veniflo-standard");

  private static final List<String> HOSPITALS = List.of("lakeview", "brookside", "fairhaven");

  private SeedCfoGap() {}

  static KeyAccount keyAccount() {
    return KeyAccount.builder()
        .account(account())
        .stakeholders(stakeholders())
        .addDecisionBodies(
            DecisionBody.builder()
                .id(CAPITAL)
                .name("Capital Allocation Committee")
                .kind(DecisionBodyKind.EXECUTIVE)
                .scope(DecisionScope.SYSTEM)
                .addDecision(DecisionType.CAPITAL_PURCHASE)
                .addMeetingDates(date(2026, 12, 8), date(2027, 3, 9))
                .build(),
            DecisionBody.builder()
                .id(VAC)
                .name("System Value Analysis Committee")
                .kind(DecisionBodyKind.VALUE_ANALYSIS)
                .scope(DecisionScope.SYSTEM)
                .addDecision(DecisionType.PRODUCT_STANDARDISATION)
                .addMeetingDates(date(2026, 10, 21), date(2026, 11, 18))
                .build())
        .addTeam(
            SeedCatalogue.jordanBlake(),
            SeedCatalogue.member(REP.value(), "Nina Park", TeamFunction.SALES),
            SeedCatalogue.member(
                MSL.value(), "Dr. Omar Haddad", TeamFunction.MEDICAL_SCIENCE_LIAISON))
        .addRelationships(
            held(JORDAN_BLAKE, CHIEF_OF_CARDIOLOGY, RelationshipStrength.TRUSTED, "2026-10-22"),
            held(JORDAN_BLAKE, PHARMACY_DIRECTOR, RelationshipStrength.STRONG, "2026-10-15"),
            held(JORDAN_BLAKE, SUPPLY_CHAIN, RelationshipStrength.WORKING, "2026-10-21"),
            held(REP, HF_CARDIOLOGIST, RelationshipStrength.STRONG, "2026-10-29"),
            held(REP, CARDIOLOGIST, RelationshipStrength.WORKING, "2026-10-08"),
            held(REP, HF_NURSE, RelationshipStrength.STRONG, "2026-10-27"),
            held(MSL, CHIEF_OF_CARDIOLOGY, RelationshipStrength.STRONG, "2026-10-19"),
            held(MSL, CARDIOLOGY_PHARMACIST, RelationshipStrength.WORKING, "2026-10-12"))
        .addProducts(SeedCatalogue.cardiva(), SeedCatalogue.veniflo())
        .whitespace(whitespace())
        .plan(plan())
        .build();
  }

  private static Account account() {
    Account.Builder account =
        Account.builder()
            .id(ID)
            .name("Lakeview Regional Health")
            .kind(AccountKind.INTEGRATED_DELIVERY_NETWORK)
            .country("US")
            .region("WI")
            .tier(AccountTier.TIER_1)
            .profile(
                AccountProfile.builder()
                    .beds(780)
                    .facilityCount(3)
                    .ownership(Ownership.NOT_FOR_PROFIT)
                    .addGpoAffiliation(
                        GpoAffiliation.builder()
                            .gpoName("HealthTrust")
                            .commitment(GpoCommitment.COMMITTED)
                            .since(date(2022, 7, 1))
                            .build())
                    .ehrSystem("Epic")
                    .build());
    for (String hospital : HOSPITALS) {
      account.addSite(
          Site.builder()
              .id(SiteId.of("lakeview-site-" + hospital))
              .name(Character.toUpperCase(hospital.charAt(0)) + hospital.substring(1) + " Hospital")
              .kind(SiteKind.HOSPITAL)
              .addClinicalUnit(unit(cardiology(hospital), "Cardiology"))
              .addClinicalUnit(unit(infusion(hospital), "Infusion Center"))
              .build());
    }
    return account.build();
  }

  private static ClinicalUnitId cardiology(String hospital) {
    return ClinicalUnitId.of("lakeview-" + hospital + "-cardiology");
  }

  private static ClinicalUnitId infusion(String hospital) {
    return ClinicalUnitId.of("lakeview-" + hospital + "-infusion");
  }

  private static ClinicalUnit unit(ClinicalUnitId id, String name) {
    return ClinicalUnit.builder().id(id).name(name).build();
  }

  private static List<Stakeholder> stakeholders() {
    return List.of(
        person(CEO.value(), "Richard Vance", "President and CEO", StakeholderFunction.EXECUTIVE)
            .seniority(Seniority.EXECUTIVE)
            .influence(Influence.DECISIVE)
            .sentiment(Sentiment.NEUTRAL)
            .build(),
        person(
                CFO.value(),
                "Catherine Byrne",
                "Chief Financial Officer",
                StakeholderFunction.FINANCE)
            .addBuyingRole(BuyingRole.ECONOMIC_BUYER)
            .seniority(Seniority.EXECUTIVE)
            .influence(Influence.DECISIVE)
            .sentiment(Sentiment.NEUTRAL)
            .reportsTo(CEO)
            .addCommitteeMembership(CommitteeMembership.of(CAPITAL, CommitteeRole.CHAIR))
            .build(),
        person(
                FINANCE_VP.value(),
                "Alan Brooks",
                "Vice President, Finance",
                StakeholderFunction.FINANCE)
            .seniority(Seniority.SENIOR_LEADER)
            .influence(Influence.MEDIUM)
            .reportsTo(CFO)
            .addCommitteeMembership(CommitteeMembership.of(CAPITAL, CommitteeRole.VOTING_MEMBER))
            .build(),
        person(
                CHIEF_OF_CARDIOLOGY.value(),
                "Dr. Miriam Adler",
                "Chief of Cardiology",
                StakeholderFunction.CLINICAL)
            .addBuyingRoles(BuyingRole.CLINICAL_CHAMPION, BuyingRole.USER)
            .seniority(Seniority.DEPARTMENT_HEAD)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.ADVOCATE)
            .addCommitteeMembership(CommitteeMembership.of(VAC, CommitteeRole.VOTING_MEMBER))
            .hcp(usPhysician("1895559791", "Cardiovascular Disease", "WI"))
            .build(),
        person(
                HF_CARDIOLOGIST.value(),
                "Dr. Kwame Osei",
                "Heart Failure Cardiologist",
                StakeholderFunction.CLINICAL)
            .addBuyingRoles(BuyingRole.CLINICAL_CHAMPION, BuyingRole.USER)
            .seniority(Seniority.STAFF)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.ADVOCATE)
            .reportsTo(CHIEF_OF_CARDIOLOGY)
            .hcp(
                usPhysician("1711471049", "Advanced Heart Failure and Transplant Cardiology", "WI"))
            .build(),
        person(
                CARDIOLOGIST.value(),
                "Dr. Erik Lindqvist",
                "Cardiologist",
                StakeholderFunction.CLINICAL)
            .addBuyingRole(BuyingRole.USER)
            .seniority(Seniority.STAFF)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.ADVOCATE)
            .reportsTo(CHIEF_OF_CARDIOLOGY)
            .hcp(usPhysician("1974650750", "Cardiovascular Disease", "WI"))
            .build(),
        person(
                HF_NURSE.value(),
                "Rosa Alvarez, NP",
                "Heart Failure Nurse Navigator",
                StakeholderFunction.NURSING)
            .addBuyingRole(BuyingRole.USER)
            .seniority(Seniority.STAFF)
            .influence(Influence.LOW)
            .sentiment(Sentiment.ADVOCATE)
            .hcp(usProfessional(HcpProfession.NURSE_PRACTITIONER, "WI"))
            .build(),
        person(
                PHARMACY_DIRECTOR.value(),
                "Stephen Hart, PharmD",
                "Director of Pharmacy",
                StakeholderFunction.PHARMACY)
            .addBuyingRole(BuyingRole.TECHNICAL_BUYER)
            .seniority(Seniority.SENIOR_LEADER)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.SUPPORTER)
            .addCommitteeMembership(CommitteeMembership.of(VAC, CommitteeRole.VOTING_MEMBER))
            .hcp(usProfessional(HcpProfession.PHARMACIST, "WI"))
            .build(),
        person(
                CARDIOLOGY_PHARMACIST.value(),
                "Amy Chu, PharmD",
                "Cardiology Clinical Pharmacist",
                StakeholderFunction.PHARMACY)
            .addBuyingRoles(BuyingRole.USER, BuyingRole.COACH)
            .seniority(Seniority.STAFF)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.SUPPORTER)
            .reportsTo(PHARMACY_DIRECTOR)
            .hcp(usProfessional(HcpProfession.PHARMACIST, "WI"))
            .build(),
        person(
                SUPPLY_CHAIN.value(),
                "Derek Olson",
                "Director of Supply Chain",
                StakeholderFunction.PROCUREMENT)
            .addBuyingRole(BuyingRole.TECHNICAL_BUYER)
            .seniority(Seniority.SENIOR_LEADER)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.NEUTRAL)
            .reportsTo(FINANCE_VP)
            .addCommitteeMembership(CommitteeMembership.of(VAC, CommitteeRole.CHAIR))
            .build());
  }

  private static Relationship held(
      TeamMemberId member, StakeholderId stakeholder, RelationshipStrength strength, String last) {
    return Relationship.builder()
        .teamMember(member)
        .stakeholder(stakeholder)
        .strength(strength)
        .since(date(2024, 2, 1))
        .lastInteraction(LocalDate.parse(last))
        .build();
  }

  private static List<WhitespaceCell> whitespace() {
    return HOSPITALS.stream()
        .flatMap(
            hospital ->
                Stream.of(
                    WhitespaceCell.builder()
                        .product(CARDIVA)
                        .clinicalUnit(cardiology(hospital))
                        .status(WhitespaceStatus.SOLD)
                        .indication(CARDIVA_HF)
                        .build(),
                    WhitespaceCell.builder()
                        .product(VENIFLO)
                        .clinicalUnit(infusion(hospital))
                        .status(WhitespaceStatus.IN_EVALUATION)
                        .indication(VENIFLO_INFUSION)
                        .estimatedValue(usd("120000.00"))
                        .build()))
        .toList();
  }

  private static AccountPlan plan() {
    return AccountPlan.builder()
        .name("Lakeview Regional Health 2026-2027 account plan")
        .status(PlanStatus.ACTIVE)
        .owner(JORDAN_BLAKE)
        .addStrategicPriority("Standardise infusion equipment across the three hospitals")
        .addObjective(
            Objective.builder()
                .id(PUMPS)
                .title("Standardise the system on Veniflo ambulatory pumps")
                .measure("capital request approved by the Capital Allocation Committee")
                .dueDate(date(2027, 3, 9))
                .status(ObjectiveStatus.IN_PROGRESS)
                .owner(JORDAN_BLAKE)
                .product(VENIFLO)
                .indication(VENIFLO_INFUSION)
                .build())
        .addAction(
            Action.builder()
                .id(ActionId.of("lakeview-act-vac-submission"))
                .title("Present the pump evaluation results to the system VAC")
                .owner(JORDAN_BLAKE)
                .dueDate(date(2026, 11, 18))
                .addObjective(PUMPS)
                .addStakeholders(SUPPLY_CHAIN, CHIEF_OF_CARDIOLOGY)
                .build())
        .addUpdates(date(2026, 9, 8), date(2026, 9, 30), date(2026, 10, 14), date(2026, 10, 28))
        .addReview(date(2026, 10, 6))
        .build();
  }
}
