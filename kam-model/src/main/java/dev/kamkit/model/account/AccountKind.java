package dev.kamkit.model.account;

/**
 * What kind of institution an account is.
 *
 * <p>The list is closed because rules reason over it. A host whose CRM has finer values maps each
 * onto the nearest kind here and keeps its own value in the account's {@code attributes} (for
 * example under {@code "veeva.Account_Type"}), so nothing is lost.
 */
public enum AccountKind {
  /** Integrated delivery network: a health system of hospitals, clinics and often a payer arm. */
  INTEGRATED_DELIVERY_NETWORK,
  /** Academic medical centre: a teaching hospital with research and a medical school. */
  ACADEMIC_MEDICAL_CENTRE,
  /** A hospital, alone or as a member of a system. */
  HOSPITAL,
  /** An outpatient clinic, infusion centre or ambulatory surgery centre. */
  CLINIC,
  /** A physician group practice. */
  PHYSICIAN_PRACTICE,
  /** A health insurer or plan: commercial, Medicare, Medicaid, a sickness fund. */
  PAYER,
  /** Accountable care organisation. */
  ACCOUNTABLE_CARE_ORGANISATION,
  /** Group purchasing organisation. */
  GROUP_PURCHASING_ORGANISATION,
  /** A retail or specialty pharmacy chain. */
  PHARMACY_CHAIN,
  /** A wholesaler or distributor. */
  WHOLESALER,
  /** A national or regional health authority, a hospital trust or a tender body. */
  HEALTH_AUTHORITY,
  /** Anything else; keep the CRM's own value in the account's attributes. */
  OTHER
}
