package dev.kamkit.model.testing;

import static dev.kamkit.model.testing.SeedCatalogue.date;
import static dev.kamkit.model.testing.SeedCatalogue.person;
import static dev.kamkit.model.testing.SeedCatalogue.usPhysician;
import static dev.kamkit.model.testing.SeedCatalogue.usProfessional;
import static dev.kamkit.model.testing.SeedRiversideHealth.CARDIOLOGIST_VALLEY;
import static dev.kamkit.model.testing.SeedRiversideHealth.CEO;
import static dev.kamkit.model.testing.SeedRiversideHealth.CFO;
import static dev.kamkit.model.testing.SeedRiversideHealth.CHIEF_OF_CARDIOLOGY;
import static dev.kamkit.model.testing.SeedRiversideHealth.CHIEF_OF_ONCOLOGY;
import static dev.kamkit.model.testing.SeedRiversideHealth.CIO;
import static dev.kamkit.model.testing.SeedRiversideHealth.CMO;
import static dev.kamkit.model.testing.SeedRiversideHealth.CONTRACTING;
import static dev.kamkit.model.testing.SeedRiversideHealth.COO;
import static dev.kamkit.model.testing.SeedRiversideHealth.FORMER_PHARMACY_DIRECTOR;
import static dev.kamkit.model.testing.SeedRiversideHealth.FORMULARY_MANAGER;
import static dev.kamkit.model.testing.SeedRiversideHealth.INFUSION_MANAGER;
import static dev.kamkit.model.testing.SeedRiversideHealth.MANAGED_CARE_DIRECTOR;
import static dev.kamkit.model.testing.SeedRiversideHealth.MEMORIAL;
import static dev.kamkit.model.testing.SeedRiversideHealth.MEMORIAL_VAC;
import static dev.kamkit.model.testing.SeedRiversideHealth.ONCOLOGIST_LAKESIDE;
import static dev.kamkit.model.testing.SeedRiversideHealth.ONCOLOGIST_ST_LUKES;
import static dev.kamkit.model.testing.SeedRiversideHealth.ONCOLOGY_NURSE_MANAGER;
import static dev.kamkit.model.testing.SeedRiversideHealth.ONCOLOGY_PHARMACIST;
import static dev.kamkit.model.testing.SeedRiversideHealth.ONCOLOGY_RESEARCH;
import static dev.kamkit.model.testing.SeedRiversideHealth.PHARMACY_DIRECTOR;
import static dev.kamkit.model.testing.SeedRiversideHealth.PHARMACY_INFORMATICS;
import static dev.kamkit.model.testing.SeedRiversideHealth.QUALITY_COUNCIL;
import static dev.kamkit.model.testing.SeedRiversideHealth.QUALITY_VP;
import static dev.kamkit.model.testing.SeedRiversideHealth.SUPPLY_CHAIN_VP;
import static dev.kamkit.model.testing.SeedRiversideHealth.SYSTEM_PT;
import static dev.kamkit.model.testing.SeedRiversideHealth.VALUE_ANALYSIS_DIRECTOR;
import static dev.kamkit.model.testing.SeedRiversideHealth.cardiology;
import static dev.kamkit.model.testing.SeedRiversideHealth.infusion;
import static dev.kamkit.model.testing.SeedRiversideHealth.oncology;
import static dev.kamkit.model.testing.SeedRiversideHealth.site;

import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.CommitteeRole;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.Influence;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderInfluence;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The 22 people mapped at Riverside Health System (Prolifiq, "Healthcare Key Account Management: A
 * Practical Guide": 15 to 30 across clinical, financial, operational and IT functions). The CFO is
 * the economic buyer and the system CMO, who chairs the P&amp;T committee, is a blocker who
 * outranks everyone we hold; the chief of oncology, our clinical champion, retires on 31 March
 * 2027; a former pharmacy director is kept for history.
 */
final class SeedRiversidePeople {
  private SeedRiversidePeople() {}

  /** The stakeholders, executives first. */
  static List<Stakeholder> stakeholders() {
    List<Stakeholder> people = new ArrayList<>();
    people.addAll(executives());
    people.addAll(pharmacy());
    people.addAll(clinicians());
    people.addAll(operations());
    return people;
  }

  private static List<Stakeholder> executives() {
    return List.of(
        person(CEO.value(), "Margaret Hale", "President and CEO", StakeholderFunction.EXECUTIVE)
            .seniority(Seniority.EXECUTIVE)
            .influence(Influence.DECISIVE)
            .sentiment(Sentiment.NEUTRAL)
            .build(),
        person(CFO.value(), "Daniel Okafor", "Chief Financial Officer", StakeholderFunction.FINANCE)
            .addBuyingRole(BuyingRole.ECONOMIC_BUYER)
            .seniority(Seniority.EXECUTIVE)
            .influence(Influence.DECISIVE)
            .sentiment(Sentiment.NEUTRAL)
            .reportsTo(CEO)
            .addCommitteeMembership(seat(CONTRACTING, CommitteeRole.VOTING_MEMBER))
            .build(),
        person(
                CMO.value(),
                "Dr. Victor Salazar",
                "System Chief Medical Officer",
                StakeholderFunction.EXECUTIVE)
            .addBuyingRole(BuyingRole.BLOCKER)
            .seniority(Seniority.EXECUTIVE)
            .influence(Influence.DECISIVE)
            .sentiment(Sentiment.DETRACTOR)
            .reportsTo(CEO)
            .addCommitteeMembership(seat(SYSTEM_PT, CommitteeRole.CHAIR))
            .hcp(usPhysician("1526018159", "Internal Medicine", "OH"))
            .build(),
        person(
                COO.value(),
                "Sandra Mills",
                "Chief Operating Officer",
                StakeholderFunction.EXECUTIVE)
            .seniority(Seniority.EXECUTIVE)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.NEUTRAL)
            .reportsTo(CEO)
            .build(),
        person(CIO.value(), "Priya Natarajan", "Chief Information Officer", StakeholderFunction.IT)
            .seniority(Seniority.EXECUTIVE)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.NEUTRAL)
            .reportsTo(CEO)
            .build());
  }

  private static List<Stakeholder> pharmacy() {
    return List.of(
        person(
                PHARMACY_DIRECTOR.value(),
                "Linda Park, PharmD",
                "System Director of Pharmacy",
                StakeholderFunction.PHARMACY)
            .addBuyingRole(BuyingRole.TECHNICAL_BUYER)
            .seniority(Seniority.SENIOR_LEADER)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.SUPPORTER)
            .reportsTo(CMO)
            .addCommitteeMembership(seat(SYSTEM_PT, CommitteeRole.VOTING_MEMBER))
            .addCommitteeMembership(seat(CONTRACTING, CommitteeRole.VOTING_MEMBER))
            .hcp(usProfessional(HcpProfession.PHARMACIST, "OH"))
            .build(),
        person(
                FORMER_PHARMACY_DIRECTOR.value(),
                "Robert Klein, RPh",
                "Director of Pharmacy (until June 2025)",
                StakeholderFunction.PHARMACY)
            .seniority(Seniority.SENIOR_LEADER)
            .status(StakeholderStatus.DEPARTED)
            .departureDate(date(2025, 6, 30))
            .build(),
        person(
                FORMULARY_MANAGER.value(),
                "Raj Mehta, PharmD",
                "Formulary Manager",
                StakeholderFunction.PHARMACY)
            .addBuyingRole(BuyingRole.INFLUENCER)
            .seniority(Seniority.MANAGER)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.SUPPORTER)
            .reportsTo(PHARMACY_DIRECTOR)
            .addCommitteeMembership(seat(SYSTEM_PT, CommitteeRole.NON_VOTING_MEMBER))
            .hcp(usProfessional(HcpProfession.PHARMACIST, "OH"))
            .build(),
        person(
                ONCOLOGY_PHARMACIST.value(),
                "Hannah Schultz, PharmD",
                "Clinical Oncology Pharmacist",
                StakeholderFunction.PHARMACY)
            .addBuyingRoles(BuyingRole.USER, BuyingRole.COACH)
            .seniority(Seniority.STAFF)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.ADVOCATE)
            .reportsTo(PHARMACY_DIRECTOR)
            .site(MEMORIAL)
            .addCommitteeMembership(seat(SYSTEM_PT, CommitteeRole.VOTING_MEMBER))
            .hcp(usProfessional(HcpProfession.PHARMACIST, "OH"))
            .build());
  }

  private static List<Stakeholder> clinicians() {
    return List.of(
        person(
                CHIEF_OF_ONCOLOGY.value(),
                "Dr. Eleanor Chen",
                "Chief of Oncology",
                StakeholderFunction.CLINICAL)
            .addBuyingRoles(BuyingRole.CLINICAL_CHAMPION, BuyingRole.USER)
            .seniority(Seniority.DEPARTMENT_HEAD)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.ADVOCATE)
            .reportsTo(CMO)
            .status(StakeholderStatus.RETIRING)
            .departureDate(date(2027, 3, 31))
            .site(MEMORIAL)
            .clinicalUnit(oncology("memorial"))
            .addCommitteeMembership(seat(SYSTEM_PT, CommitteeRole.VOTING_MEMBER))
            .hcp(usPhysician("1908301660", "Hematology & Oncology", "OH"))
            .build(),
        person(
                ONCOLOGY_RESEARCH.value(),
                "Dr. Olivia Grant",
                "Director of Oncology Research",
                StakeholderFunction.MEDICAL)
            .addBuyingRole(BuyingRole.COACH)
            .seniority(Seniority.DEPARTMENT_HEAD)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.ADVOCATE)
            .reportsTo(CHIEF_OF_ONCOLOGY)
            .site(MEMORIAL)
            .hcp(usPhysician("1131860912", "Medical Oncology", "OH"))
            .build(),
        person(
                ONCOLOGIST_ST_LUKES.value(),
                "Dr. Samuel Ortiz",
                "Medical Oncologist",
                StakeholderFunction.CLINICAL)
            .addBuyingRole(BuyingRole.USER)
            .seniority(Seniority.STAFF)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.SUPPORTER)
            .reportsTo(CHIEF_OF_ONCOLOGY)
            .site(site("st-lukes"))
            .clinicalUnit(oncology("st-lukes"))
            .hcp(usPhysician("1390996035", "Medical Oncology", "OH"))
            .build(),
        person(
                ONCOLOGIST_LAKESIDE.value(),
                "Dr. Aisha Rahman",
                "Medical Oncologist",
                StakeholderFunction.CLINICAL)
            .addBuyingRole(BuyingRole.USER)
            .seniority(Seniority.STAFF)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.SCEPTIC)
            .reportsTo(CHIEF_OF_ONCOLOGY)
            .site(site("lakeside"))
            .clinicalUnit(oncology("lakeside"))
            .hcp(usPhysician("1082462817", "Medical Oncology", "OH"))
            .build(),
        person(
                ONCOLOGY_NURSE_MANAGER.value(),
                "Grace Whitfield, RN",
                "Oncology Nurse Manager",
                StakeholderFunction.NURSING)
            .addBuyingRole(BuyingRole.USER)
            .seniority(Seniority.MANAGER)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.SUPPORTER)
            .site(MEMORIAL)
            .clinicalUnit(oncology("memorial"))
            .hcp(usProfessional(HcpProfession.REGISTERED_NURSE, "OH"))
            .build(),
        person(
                INFUSION_MANAGER.value(),
                "Maria Santos, RN",
                "Infusion Center Manager",
                StakeholderFunction.NURSING)
            .addBuyingRole(BuyingRole.USER)
            .seniority(Seniority.MANAGER)
            .influence(Influence.LOW)
            .sentiment(Sentiment.NEUTRAL)
            .site(MEMORIAL)
            .clinicalUnit(infusion("memorial"))
            .addCommitteeMembership(seat(MEMORIAL_VAC, CommitteeRole.VOTING_MEMBER))
            .hcp(usProfessional(HcpProfession.REGISTERED_NURSE, "OH"))
            .build(),
        person(
                CHIEF_OF_CARDIOLOGY.value(),
                "Dr. Thomas Brennan",
                "Chief of Cardiology",
                StakeholderFunction.CLINICAL)
            .addBuyingRoles(BuyingRole.USER, BuyingRole.INFLUENCER)
            .seniority(Seniority.DEPARTMENT_HEAD)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.NEUTRAL)
            .reportsTo(CMO)
            .site(MEMORIAL)
            .clinicalUnit(cardiology("memorial"))
            .addCommitteeMembership(seat(SYSTEM_PT, CommitteeRole.VOTING_MEMBER))
            .hcp(usPhysician("1948219930", "Cardiovascular Disease", "OH"))
            .build(),
        person(
                CARDIOLOGIST_VALLEY.value(),
                "Dr. Paul Reyes",
                "Cardiologist",
                StakeholderFunction.CLINICAL)
            .addBuyingRole(BuyingRole.USER)
            .seniority(Seniority.STAFF)
            .influence(Influence.LOW)
            .sentiment(Sentiment.SUPPORTER)
            .reportsTo(CHIEF_OF_CARDIOLOGY)
            .site(site("valley"))
            .clinicalUnit(cardiology("valley"))
            .hcp(usPhysician("1518190933", "Cardiovascular Disease", "OH"))
            .build());
  }

  private static List<Stakeholder> operations() {
    return List.of(
        person(
                SUPPLY_CHAIN_VP.value(),
                "Kevin Doyle",
                "Vice President, Supply Chain",
                StakeholderFunction.PROCUREMENT)
            .addBuyingRole(BuyingRole.TECHNICAL_BUYER)
            .seniority(Seniority.SENIOR_LEADER)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.NEUTRAL)
            .reportsTo(CFO)
            .addCommitteeMembership(seat(CONTRACTING, CommitteeRole.CHAIR))
            .addCommitteeMembership(seat(MEMORIAL_VAC, CommitteeRole.VOTING_MEMBER))
            .build(),
        person(
                VALUE_ANALYSIS_DIRECTOR.value(),
                "Nancy Ito",
                "Director of Value Analysis",
                StakeholderFunction.PROCUREMENT)
            .addBuyingRole(BuyingRole.TECHNICAL_BUYER)
            .seniority(Seniority.MANAGER)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.NEUTRAL)
            .reportsTo(SUPPLY_CHAIN_VP)
            .site(MEMORIAL)
            .addCommitteeMembership(seat(MEMORIAL_VAC, CommitteeRole.CHAIR))
            .build(),
        person(
                PHARMACY_INFORMATICS.value(),
                "Ben Carter",
                "Pharmacy Informatics Manager (Epic Willow)",
                StakeholderFunction.IT)
            .addBuyingRole(BuyingRole.INFLUENCER)
            .seniority(Seniority.MANAGER)
            .influence(Influence.LOW)
            .sentiment(Sentiment.SUPPORTER)
            .reportsTo(CIO)
            .build(),
        person(
                QUALITY_VP.value(),
                "Dr. Helen Novak",
                "Vice President, Quality and Population Health",
                StakeholderFunction.QUALITY_AND_POPULATION_HEALTH)
            .addBuyingRole(BuyingRole.INFLUENCER)
            .seniority(Seniority.SENIOR_LEADER)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.SUPPORTER)
            .reportsTo(CMO)
            .addCommitteeMembership(seat(SYSTEM_PT, CommitteeRole.VOTING_MEMBER))
            .addCommitteeMembership(seat(QUALITY_COUNCIL, CommitteeRole.CHAIR))
            .hcp(usPhysician("1786579759", "Internal Medicine", "OH"))
            .build(),
        person(
                MANAGED_CARE_DIRECTOR.value(),
                "Marcus Lee",
                "Director of Managed Care Contracting, Riverside Health Plan",
                StakeholderFunction.PAYER)
            .seniority(Seniority.SENIOR_LEADER)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.NEUTRAL)
            .reportsTo(CFO)
            .build());
  }

  private static CommitteeMembership seat(DecisionBodyId body, CommitteeRole role) {
    return CommitteeMembership.of(body, role);
  }

  /** Who sways whom: the chief of oncology the pharmacy director, who has the CFO's ear. */
  static List<StakeholderInfluence> influences() {
    return List.of(
        StakeholderInfluence.of(CHIEF_OF_ONCOLOGY, PHARMACY_DIRECTOR, Influence.HIGH),
        StakeholderInfluence.of(PHARMACY_DIRECTOR, CFO, Influence.MEDIUM),
        StakeholderInfluence.of(CMO, CHIEF_OF_CARDIOLOGY, Influence.HIGH),
        StakeholderInfluence.of(QUALITY_VP, CMO, Influence.MEDIUM),
        StakeholderInfluence.of(ONCOLOGY_PHARMACIST, FORMULARY_MANAGER, Influence.MEDIUM));
  }
}
