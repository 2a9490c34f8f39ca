package dev.kamkit.model.testing;

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
import dev.kamkit.model.account.GpoAffiliation;
import dev.kamkit.model.account.GpoCommitment;
import dev.kamkit.model.account.Ownership;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.committee.DecisionType;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.PlanStatus;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyStatus;
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
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Harbor Point Medical Center: "a green account by activity can be a red account by strategy if
 * your only relationship is with one prescriber who is about to retire" (Prolifiq, "Pharma Key
 * Account Management"). One sales rep holds one oncologist, who retires on 31 January 2027, and has
 * logged two dozen calls with him; the pharmacy director, the CFO and the CMO are mapped but held
 * by nobody.
 */
final class SeedSingleThreaded {
  static final AccountId ID = AccountId.of("harbor-point-medical-center");
  static final StakeholderId PRESCRIBER = StakeholderId.of("harbor-point-dr-walsh");
  static final TeamMemberId REP = TeamMemberId.of("team-sales-owen-price");

  /** Every call the rep logged with Dr. Walsh, roughly every three weeks. */
  private static final String CALLS =
      "2025-06-03 2025-06-24 2025-07-15 2025-08-05 2025-08-26 2025-09-16 2025-10-07 2025-10-28 "
          + "2025-11-18 2025-12-09 2026-01-13 2026-02-03 2026-02-24 2026-03-17 2026-04-07 "
          + "2026-04-28 2026-05-19 2026-06-09 2026-06-30 2026-07-21 2026-08-11 2026-09-01 "
          + "2026-09-22 2026-10-13 2026-10-27";

  private static final SiteId HOSPITAL = SiteId.of("harbor-point-main");
  private static final ClinicalUnitId ONCOLOGY = ClinicalUnitId.of("harbor-point-oncology");
  private static final DecisionBodyId PT = DecisionBodyId.of("harbor-point-pt");

  private SeedSingleThreaded() {}

  static KeyAccount keyAccount() {
    return KeyAccount.builder()
        .account(account())
        .addStakeholders(
            person(
                    PRESCRIBER.value(),
                    "Dr. Frank Walsh",
                    "Medical Oncologist",
                    StakeholderFunction.CLINICAL)
                .addBuyingRoles(BuyingRole.CLINICAL_CHAMPION, BuyingRole.USER)
                .seniority(Seniority.STAFF)
                .influence(Influence.HIGH)
                .sentiment(Sentiment.ADVOCATE)
                .status(StakeholderStatus.RETIRING)
                .departureDate(date(2027, 1, 31))
                .site(HOSPITAL)
                .clinicalUnit(ONCOLOGY)
                .hcp(usPhysician("1432319485", "Medical Oncology", "ME"))
                .build(),
            person(
                    "harbor-point-dr-mori",
                    "Dr. Kenji Mori",
                    "Medical Oncologist",
                    StakeholderFunction.CLINICAL)
                .addBuyingRole(BuyingRole.USER)
                .seniority(Seniority.STAFF)
                .influence(Influence.MEDIUM)
                .sentiment(Sentiment.NEUTRAL)
                .site(HOSPITAL)
                .clinicalUnit(ONCOLOGY)
                .hcp(usPhysician("1757491182", "Medical Oncology", "ME"))
                .build(),
            person(
                    "harbor-point-pharmacy-director",
                    "Janet Cole, PharmD",
                    "Director of Pharmacy",
                    StakeholderFunction.PHARMACY)
                .addBuyingRole(BuyingRole.TECHNICAL_BUYER)
                .seniority(Seniority.SENIOR_LEADER)
                .influence(Influence.HIGH)
                .sentiment(Sentiment.NEUTRAL)
                .addCommitteeMembership(CommitteeMembership.of(PT, CommitteeRole.CHAIR))
                .hcp(usProfessional(HcpProfession.PHARMACIST, "ME"))
                .build(),
            person(
                    "harbor-point-cfo",
                    "Greg Whitman",
                    "Chief Financial Officer",
                    StakeholderFunction.FINANCE)
                .addBuyingRole(BuyingRole.ECONOMIC_BUYER)
                .seniority(Seniority.EXECUTIVE)
                .influence(Influence.DECISIVE)
                .sentiment(Sentiment.NEUTRAL)
                .build(),
            person(
                    "harbor-point-cmo",
                    "Dr. Anita Rao",
                    "Chief Medical Officer",
                    StakeholderFunction.EXECUTIVE)
                .seniority(Seniority.EXECUTIVE)
                .influence(Influence.HIGH)
                .sentiment(Sentiment.SCEPTIC)
                .addCommitteeMembership(CommitteeMembership.of(PT, CommitteeRole.VOTING_MEMBER))
                .hcp(usPhysician("1625276013", "Internal Medicine", "ME"))
                .build(),
            person(
                    "harbor-point-oncology-nurse",
                    "Beth Lang, RN",
                    "Oncology Charge Nurse",
                    StakeholderFunction.NURSING)
                .addBuyingRole(BuyingRole.USER)
                .seniority(Seniority.STAFF)
                .influence(Influence.LOW)
                .sentiment(Sentiment.SUPPORTER)
                .site(HOSPITAL)
                .clinicalUnit(ONCOLOGY)
                .hcp(usProfessional(HcpProfession.REGISTERED_NURSE, "ME"))
                .build())
        .addDecisionBody(
            DecisionBody.builder()
                .id(PT)
                .name("Harbor Point P&T Committee")
                .kind(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
                .scope(DecisionScope.SYSTEM)
                .addDecision(DecisionType.FORMULARY_LISTING)
                .addMeetingDates(date(2026, 8, 19), date(2026, 11, 18), date(2027, 2, 17))
                .build())
        .addTeam(SeedCatalogue.member(REP.value(), "Owen Price", TeamFunction.SALES))
        .addRelationship(
            Relationship.builder()
                .teamMember(REP)
                .stakeholder(PRESCRIBER)
                .strength(RelationshipStrength.TRUSTED)
                .since(date(2016, 4, 1))
                .lastInteraction(date(2026, 10, 27))
                .build())
        .addProduct(SeedCatalogue.oncoxa())
        .addWhitespace(
            WhitespaceCell.builder()
                .product(ONCOXA)
                .clinicalUnit(ONCOLOGY)
                .status(WhitespaceStatus.SOLD)
                .indication(ONCOXA_NSCLC)
                .estimatedValue(SeedCatalogue.usd("640000.00"))
                .build())
        .addFormulary(
            FormularyEntry.builder()
                .product(ONCOXA)
                .status(FormularyStatus.ON_FORMULARY)
                .effectiveFrom(date(2022, 10, 5))
                .decidedBy(PT)
                .build())
        .plan(
            AccountPlan.builder()
                .name("Harbor Point 2026 territory plan")
                .status(PlanStatus.ACTIVE)
                .owner(REP)
                .addObjective(
                    Objective.builder()
                        .id(ObjectiveId.of("harbor-point-obj-volume"))
                        .title("Grow Oncoxa volume by 10%")
                        .measure("units invoiced in 2026 against 2025")
                        .dueDate(date(2026, 12, 31))
                        .owner(REP)
                        .product(ONCOXA)
                        .build())
                .addUpdate(date(2026, 1, 12))
                .build())
        .interactions(calls())
        .build();
  }

  private static Account account() {
    return Account.builder()
        .id(ID)
        .name("Harbor Point Medical Center")
        .kind(AccountKind.HOSPITAL)
        .parent(AccountId.of("coastal-care-network"))
        .country("US")
        .region("ME")
        .tier(AccountTier.TIER_2)
        .addSite(
            Site.builder()
                .id(HOSPITAL)
                .name("Harbor Point Medical Center")
                .kind(SiteKind.HOSPITAL)
                .beds(220)
                .addClinicalUnit(
                    ClinicalUnit.builder()
                        .id(ONCOLOGY)
                        .name("Oncology")
                        .specialty("Oncology")
                        .build())
                .build())
        .profile(
            AccountProfile.builder()
                .beds(220)
                .facilityCount(1)
                .ownership(Ownership.NOT_FOR_PROFIT)
                .addGpoAffiliation(
                    GpoAffiliation.builder()
                        .gpoName("Premier")
                        .commitment(GpoCommitment.NON_COMMITTED)
                        .since(date(2018, 1, 1))
                        .build())
                .ehrSystem("Meditech Expanse")
                .build())
        .build();
  }

  private static List<Interaction> calls() {
    List<Interaction> calls = new ArrayList<>();
    String[] days = CALLS.split(" ");
    for (int i = 0; i < days.length; i++) {
      calls.add(
          Interaction.builder()
              .id(InteractionId.of("harbor-point-call-" + (i + 1)))
              .date(LocalDate.parse(days[i]))
              .channel(i % 4 == 3 ? Channel.PHONE : Channel.IN_PERSON)
              .addTeamMember(REP)
              .addStakeholder(PRESCRIBER)
              .purpose(i % 2 == 0 ? "Oncoxa product update" : "Patient support programme review")
              .rationale("Routine call with the prescribing oncologist; content within label")
              .addProductsDiscussed(ProductDiscussion.of(ONCOXA, Optional.of(ONCOXA_NSCLC)))
              .build());
    }
    return calls;
  }
}
