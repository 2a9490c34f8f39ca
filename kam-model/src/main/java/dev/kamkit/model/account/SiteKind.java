package dev.kamkit.model.account;

/** What kind of site of care a site is. */
public enum SiteKind {
  /** An acute-care hospital. */
  HOSPITAL,
  /** An outpatient clinic or medical office. */
  CLINIC,
  /** An infusion centre. */
  INFUSION_CENTRE,
  /** An ambulatory surgery centre. */
  AMBULATORY_SURGERY_CENTRE,
  /** A pharmacy, including a specialty or outpatient pharmacy. */
  PHARMACY,
  /** A long-term or post-acute care facility. */
  LONG_TERM_CARE,
  /** Any other site of care. */
  OTHER
}
