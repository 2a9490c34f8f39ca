package dev.kamkit.rules.compliance.efpia;

/**
 * The headings of the EFPIA disclosure template, under which the {@link EfpiaCategory categories}
 * stand. Their words are in the package bundle under {@code EfpiaHeading.CONSTANT}: {@code
 * Messages.in(locale).name(heading)}.
 */
public enum EfpiaHeading {
  /** Donations and grants, to HCOs only. */
  DONATIONS_AND_GRANTS,
  /** Contribution to costs of events. */
  EVENTS,
  /** Fees for service and consultancy. */
  SERVICES
}
