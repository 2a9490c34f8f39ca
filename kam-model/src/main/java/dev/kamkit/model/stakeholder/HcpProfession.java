package dev.kamkit.model.stakeholder;

/**
 * A healthcare professional's profession, at the grain transparency rules need: US Open Payments
 * covers physicians (doctors of medicine or osteopathy, dentists, podiatrists, optometrists,
 * chiropractors) and, from 1 January 2021, five kinds of non-physician practitioner; it does not
 * cover pharmacists or nurses who are not advanced-practice (CMS, "Changes for Reporting Entities";
 * CMS Open Payments FAQs).
 */
public enum HcpProfession {
  /** Doctor of medicine or of osteopathy. */
  PHYSICIAN,
  /** Doctor of dental surgery or dental medicine. */
  DENTIST,
  /** Doctor of podiatric medicine. */
  PODIATRIST,
  /** Doctor of optometry. */
  OPTOMETRIST,
  /** Chiropractor. */
  CHIROPRACTOR,
  /** Physician assistant. */
  PHYSICIAN_ASSISTANT,
  /** Nurse practitioner. */
  NURSE_PRACTITIONER,
  /** Clinical nurse specialist. */
  CLINICAL_NURSE_SPECIALIST,
  /** Certified registered nurse anesthetist. */
  CERTIFIED_REGISTERED_NURSE_ANESTHETIST,
  /** Anesthesiologist assistant. */
  ANESTHESIOLOGIST_ASSISTANT,
  /** Certified nurse-midwife. */
  CERTIFIED_NURSE_MIDWIFE,
  /** Pharmacist. */
  PHARMACIST,
  /** Registered nurse who is not an advanced-practice nurse. */
  REGISTERED_NURSE,
  /** Any other healthcare professional. */
  OTHER
}
