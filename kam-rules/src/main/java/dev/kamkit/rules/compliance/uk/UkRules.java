package dev.kamkit.rules.compliance.uk;

import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.Severity;
import java.util.List;

/** Every rule of the UK pack, for the catalogue. Ids are stable and never reused. */
public final class UkRules {
  private UkRules() {}

  private static final String SOURCE =
      "Disclosure UK (ABPI; Hogan Lovells; PharmaIntegrity; BHBIA)";

  /** No submission day while the account has disclosable transfers. */
  public static final RuleDescriptor SUBMISSION_DAY_MISSING =
      RuleDescriptor.of(
          "uk.configuration.submission-day-missing",
          Severity.ERROR,
          "The host sets its Disclosure UK submission day (about the end of March; unverified)",
          SOURCE);

  /** A custom attribute the pack reads has a value it cannot read. */
  public static final RuleDescriptor ATTRIBUTE_INVALID =
      RuleDescriptor.of(
          "uk.attribute.invalid",
          Severity.ERROR,
          "UK facts on stakeholders are typed facts with documented names, not custom attributes",
          "kamkit docs/compliance-europe.md, UK facts");

  /** An individual with disclosable transfers and no recorded lawful basis. */
  public static final RuleDescriptor LAWFUL_BASIS_MISSING =
      RuleDescriptor.of(
          "uk.lawful-basis.missing",
          Severity.ERROR,
          "An HCP, or a decision maker from January 2022, whose transfers are disclosed has a"
              + " recorded lawful basis: consent or legitimate interests (HCO data needs none)",
          SOURCE);

  /** Consent recorded as the basis while the HCP's identity records no consent. */
  public static final RuleDescriptor CONSENT_NOT_GIVEN =
      RuleDescriptor.of(
          "uk.lawful-basis.consent-not-given",
          Severity.ERROR,
          "An HCP whose basis is consent has consented (HcpIdentity.disclosureConsent)",
          SOURCE);

  /** A transfer Disclosure UK does not cover. */
  public static final RuleDescriptor OUT_OF_SCOPE =
      RuleDescriptor.of(
          "uk.recipient.out-of-scope",
          Severity.INFO,
          "Transfers to people who are neither HCPs nor decision makers, and to decision makers"
              + " before January 2022, are not disclosed",
          SOURCE);

  /** A period to submit and its publication. */
  public static final RuleDescriptor SUBMISSION_DUE =
      RuleDescriptor.of(
          "uk.submission.due",
          Severity.INFO,
          "A period that has ended is submitted by the host's day and published at the end of June"
              + " or on 1 July",
          SOURCE);

  /** Every rule, in catalogue order. */
  public static final List<RuleDescriptor> ALL =
      List.of(
          SUBMISSION_DAY_MISSING,
          ATTRIBUTE_INVALID,
          LAWFUL_BASIS_MISSING,
          CONSENT_NOT_GIVEN,
          OUT_OF_SCOPE,
          SUBMISSION_DUE);
}
