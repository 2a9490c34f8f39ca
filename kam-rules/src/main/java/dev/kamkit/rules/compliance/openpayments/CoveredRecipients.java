package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.TrainingStatus;
import java.util.Optional;
import java.util.Set;

/**
 * Who is a covered recipient, by type and program year (CMS, "Changes for Reporting Entities"; CMS
 * Open Payments FAQs):
 *
 * <ul>
 *   <li>physicians: doctors of medicine or osteopathy, dentists, podiatrists, optometrists,
 *       chiropractors; every program year;
 *   <li>physician assistants, nurse practitioners, clinical nurse specialists, certified registered
 *       nurse anesthetists and anesthesiologist assistants, certified nurse-midwives: from 1
 *       January 2021 (PY2021), as non-physician practitioners;
 *   <li>teaching hospitals on the program year's CMS list, which the host supplies;
 *   <li>not residents (fellows are covered), pharmacists, nurses who are not advanced-practice,
 *       other staff, nor stakeholders who are not healthcare professionals.
 * </ul>
 *
 * <p>A physician with a US licence who practises abroad is covered [V]. A practitioner whose
 * recorded country of practice is not the US and who has no recorded US state licence is not
 * covered; where neither is recorded, the pack assumes a US licence, as for the healthcare
 * professionals of a US key account.
 */
public final class CoveredRecipients {
  private CoveredRecipients() {}

  /** The first program year in which non-physician practitioners are covered. */
  public static final int NON_PHYSICIAN_PRACTITIONERS_FROM = 2021;

  /** The professions covered as physicians. */
  public static final Set<HcpProfession> PHYSICIANS =
      Set.of(
          HcpProfession.PHYSICIAN,
          HcpProfession.DENTIST,
          HcpProfession.PODIATRIST,
          HcpProfession.OPTOMETRIST,
          HcpProfession.CHIROPRACTOR);

  /** The professions covered as non-physician practitioners from PY2021. */
  public static final Set<HcpProfession> NON_PHYSICIAN_PRACTITIONERS =
      Set.of(
          HcpProfession.PHYSICIAN_ASSISTANT,
          HcpProfession.NURSE_PRACTITIONER,
          HcpProfession.CLINICAL_NURSE_SPECIALIST,
          HcpProfession.CERTIFIED_REGISTERED_NURSE_ANESTHETIST,
          HcpProfession.ANESTHESIOLOGIST_ASSISTANT,
          HcpProfession.CERTIFIED_NURSE_MIDWIFE);

  /** Whether {@code stakeholder} is a covered recipient in {@code programYear}. */
  public static Coverage of(Stakeholder stakeholder, int programYear) {
    Optional<HcpIdentity> hcp = stakeholder.hcp();
    if (hcp.isEmpty()) {
      return Coverage.not(ReportabilityReason.NOT_A_HEALTHCARE_PROFESSIONAL);
    }
    HcpProfession profession = hcp.get().profession();
    boolean physician = PHYSICIANS.contains(profession);
    if (!physician && !NON_PHYSICIAN_PRACTITIONERS.contains(profession)) {
      return Coverage.not(ReportabilityReason.NOT_A_COVERED_PROFESSION);
    }
    boolean practisesAbroad =
        hcp.get().countryOfPractice().filter(country -> !country.equals("US")).isPresent();
    if (practisesAbroad && hcp.get().licenseStates().isEmpty()) {
      return Coverage.not(ReportabilityReason.NO_US_LICENCE);
    }
    if (hcp.get().trainingStatus() == TrainingStatus.RESIDENT) {
      return Coverage.not(ReportabilityReason.RESIDENT);
    }
    if (physician) {
      return Coverage.covered(CoveredRecipientType.PHYSICIAN);
    }
    return programYear >= NON_PHYSICIAN_PRACTITIONERS_FROM
        ? Coverage.covered(CoveredRecipientType.NON_PHYSICIAN_PRACTITIONER)
        : Coverage.not(ReportabilityReason.NON_PHYSICIAN_PRACTITIONER_BEFORE_2021);
  }

  /**
   * Whether the organisation {@code account} is a covered recipient in {@code programYear}: a
   * teaching hospital on that year's list. Undetermined when the host supplied no list for it.
   */
  public static Coverage of(AccountId account, int programYear, OpenPaymentsPolicy policy) {
    return policy
        .teachingHospitals(programYear)
        .map(
            list ->
                list.hospital(account).isPresent()
                    ? Coverage.covered(CoveredRecipientType.TEACHING_HOSPITAL)
                    : Coverage.not(ReportabilityReason.NOT_A_TEACHING_HOSPITAL))
        .orElse(Coverage.not(ReportabilityReason.TEACHING_HOSPITAL_LIST_MISSING));
  }
}
