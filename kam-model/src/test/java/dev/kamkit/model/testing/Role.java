package dev.kamkit.model.testing;

import static dev.kamkit.model.stakeholder.HcpProfession.ANESTHESIOLOGIST_ASSISTANT;
import static dev.kamkit.model.stakeholder.HcpProfession.CERTIFIED_NURSE_MIDWIFE;
import static dev.kamkit.model.stakeholder.HcpProfession.CERTIFIED_REGISTERED_NURSE_ANESTHETIST;
import static dev.kamkit.model.stakeholder.HcpProfession.CHIROPRACTOR;
import static dev.kamkit.model.stakeholder.HcpProfession.CLINICAL_NURSE_SPECIALIST;
import static dev.kamkit.model.stakeholder.HcpProfession.DENTIST;
import static dev.kamkit.model.stakeholder.HcpProfession.NURSE_PRACTITIONER;
import static dev.kamkit.model.stakeholder.HcpProfession.OPTOMETRIST;
import static dev.kamkit.model.stakeholder.HcpProfession.PHARMACIST;
import static dev.kamkit.model.stakeholder.HcpProfession.PHYSICIAN;
import static dev.kamkit.model.stakeholder.HcpProfession.PHYSICIAN_ASSISTANT;
import static dev.kamkit.model.stakeholder.HcpProfession.PODIATRIST;
import static dev.kamkit.model.stakeholder.HcpProfession.REGISTERED_NURSE;
import static dev.kamkit.model.stakeholder.Seniority.DEPARTMENT_HEAD;
import static dev.kamkit.model.stakeholder.Seniority.EXECUTIVE;
import static dev.kamkit.model.stakeholder.Seniority.MANAGER;
import static dev.kamkit.model.stakeholder.Seniority.SENIOR_LEADER;
import static dev.kamkit.model.stakeholder.Seniority.STAFF;

import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import java.util.List;

/**
 * A job in an account: function, title, level, whether it belongs to a clinical unit (the title
 * then names the unit) and which professions hold it when its holder is a healthcare professional.
 */
record Role(
    StakeholderFunction function,
    String title,
    Seniority seniority,
    boolean inUnit,
    List<HcpProfession> professions) {

  static final List<Role> LEADERS =
      List.of(
          role(StakeholderFunction.EXECUTIVE, "Chief Executive Officer", EXECUTIVE),
          role(StakeholderFunction.EXECUTIVE, "Chief Operating Officer", EXECUTIVE),
          hcp(StakeholderFunction.EXECUTIVE, "Chief Medical Officer", EXECUTIVE, PHYSICIAN),
          hcp(StakeholderFunction.EXECUTIVE, "Chief Nursing Officer", EXECUTIVE, REGISTERED_NURSE),
          role(StakeholderFunction.FINANCE, "Chief Financial Officer", EXECUTIVE),
          role(StakeholderFunction.IT, "Chief Information Officer", EXECUTIVE),
          hcp(
              StakeholderFunction.PHARMACY,
              "System Vice President of Pharmacy",
              SENIOR_LEADER,
              PHARMACIST),
          role(StakeholderFunction.PROCUREMENT, "Vice President of Supply Chain", SENIOR_LEADER),
          role(StakeholderFunction.PAYER, "Vice President of Managed Care", SENIOR_LEADER),
          role(
              StakeholderFunction.QUALITY_AND_POPULATION_HEALTH,
              "Vice President of Population Health",
              SENIOR_LEADER));

  static final List<Role> STAFF_ROLES =
      List.of(
          unit("Chief of", DEPARTMENT_HEAD, PHYSICIAN),
          unit("Medical Director,", DEPARTMENT_HEAD, PHYSICIAN),
          // twice: attending physicians are the most common stakeholders in a hospital
          unit("Attending Physician,", STAFF, PHYSICIAN),
          unit("Attending Physician,", STAFF, PHYSICIAN),
          unit("Physician Assistant,", STAFF, PHYSICIAN_ASSISTANT),
          unit("Specialist,", STAFF, DENTIST, PODIATRIST, OPTOMETRIST, CHIROPRACTOR),
          new Role(
              StakeholderFunction.NURSING,
              "Nurse Manager,",
              MANAGER,
              true,
              List.of(REGISTERED_NURSE)),
          new Role(
              StakeholderFunction.NURSING,
              "Advanced Practice Nurse,",
              STAFF,
              true,
              List.of(
                  NURSE_PRACTITIONER,
                  CLINICAL_NURSE_SPECIALIST,
                  CERTIFIED_NURSE_MIDWIFE,
                  CERTIFIED_REGISTERED_NURSE_ANESTHETIST,
                  ANESTHESIOLOGIST_ASSISTANT)),
          hcp(
              StakeholderFunction.NURSING,
              "Director of Nursing",
              DEPARTMENT_HEAD,
              REGISTERED_NURSE),
          hcp(StakeholderFunction.PHARMACY, "Director of Pharmacy", DEPARTMENT_HEAD, PHARMACIST),
          hcp(StakeholderFunction.PHARMACY, "Formulary Manager", MANAGER, PHARMACIST),
          new Role(
              StakeholderFunction.PHARMACY,
              "Clinical Pharmacist,",
              STAFF,
              true,
              List.of(PHARMACIST)),
          role(StakeholderFunction.PROCUREMENT, "Director of Procurement", DEPARTMENT_HEAD),
          role(StakeholderFunction.PROCUREMENT, "Value Analysis Coordinator", MANAGER),
          role(StakeholderFunction.PROCUREMENT, "Senior Buyer", STAFF),
          role(StakeholderFunction.FINANCE, "Controller", MANAGER),
          role(StakeholderFunction.FINANCE, "Revenue Cycle Manager", MANAGER),
          role(StakeholderFunction.IT, "Director of Clinical Informatics", DEPARTMENT_HEAD),
          role(StakeholderFunction.IT, "EHR Analyst", STAFF),
          hcp(
              StakeholderFunction.PAYER,
              "Health Plan Medical Director",
              DEPARTMENT_HEAD,
              PHYSICIAN),
          role(StakeholderFunction.PAYER, "Pharmacy Benefit Manager", MANAGER),
          role(
              StakeholderFunction.QUALITY_AND_POPULATION_HEALTH,
              "Director of Quality",
              DEPARTMENT_HEAD),
          role(StakeholderFunction.QUALITY_AND_POPULATION_HEALTH, "Care Coordinator", STAFF),
          hcp(
              StakeholderFunction.MEDICAL,
              "Director of Clinical Research",
              DEPARTMENT_HEAD,
              PHYSICIAN),
          role(StakeholderFunction.MEDICAL, "Medical Staff Office Manager", MANAGER),
          new Role(
              StakeholderFunction.MEDICAL,
              "Principal Investigator,",
              STAFF,
              true,
              List.of(PHYSICIAN)),
          hcp(StakeholderFunction.OTHER, "Community Health Worker", STAFF, HcpProfession.OTHER),
          role(StakeholderFunction.OTHER, "Patient Advocate", STAFF),
          role(StakeholderFunction.OTHER, "Foundation Director", DEPARTMENT_HEAD));

  /** The title as held in {@code unit}, for unit roles ({@code "Chief of Oncology"}). */
  String titleIn(String unit) {
    return inUnit ? title + " " + unit : title;
  }

  private static Role role(StakeholderFunction function, String title, Seniority seniority) {
    return new Role(function, title, seniority, false, List.of());
  }

  private static Role hcp(
      StakeholderFunction function, String title, Seniority seniority, HcpProfession profession) {
    return new Role(function, title, seniority, false, List.of(profession));
  }

  private static Role unit(String title, Seniority seniority, HcpProfession... professions) {
    return new Role(StakeholderFunction.CLINICAL, title, seniority, true, List.of(professions));
  }
}
