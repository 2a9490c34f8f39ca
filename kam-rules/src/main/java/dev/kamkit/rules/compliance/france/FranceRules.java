package dev.kamkit.rules.compliance.france;

import static dev.kamkit.rules.compliance.france.FrenchThresholds.LEA_ROUTING_SOURCE;
import static dev.kamkit.rules.compliance.france.FrenchThresholds.LEA_SOURCE;
import static dev.kamkit.rules.compliance.france.FrenchThresholds.TRANSPARENCY_SOURCE;

import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.Severity;
import java.util.List;

/** Every rule of the France pack, for the catalogue. Ids are stable and never reused. */
public final class FranceRules {
  private FranceRules() {}

  /** An avantage of exactly €10.00 while the host has not chosen the publication test. */
  public static final RuleDescriptor PUBLICATION_TEST_MISSING =
      RuleDescriptor.of(
          "france.configuration.publication-test-missing",
          Severity.ERROR,
          "An avantage of exactly 10.00 EUR is judged only once the host says whether the test is"
              + " > or >= 10 EUR (unverified)",
          TRANSPARENCY_SOURCE);

  /** A custom attribute the pack reads has a value it cannot read. */
  public static final RuleDescriptor ATTRIBUTE_INVALID =
      RuleDescriptor.of(
          "france.attribute.invalid",
          Severity.ERROR,
          "France facts on transfers are typed facts with documented names, not custom attributes",
          "kamkit docs/compliance-europe.md, France facts");

  /** An amount not in euros without a host-supplied rate. */
  public static final RuleDescriptor NO_EUR_RATE =
      RuleDescriptor.of(
          "france.amount.no-eur-rate",
          Severity.ERROR,
          "Every amount not in euros has a host-supplied EUR rate for its date",
          TRANSPARENCY_SOURCE + "; " + LEA_SOURCE);

  /** A transfer to publish on Transparence Santé. */
  public static final RuleDescriptor PUBLISH =
      RuleDescriptor.of(
          "france.transparency.publish",
          Severity.INFO,
          "Conventions, and avantages of 10 EUR TTC (> or >= per the host), are published on"
              + " Transparence Santé",
          TRANSPARENCY_SOURCE);

  /** A transfer the anti-gift law covers but whose kind is not recorded. */
  public static final RuleDescriptor KIND_MISSING =
      RuleDescriptor.of(
          "france.lea.kind-missing",
          Severity.WARNING,
          "A transfer from 1 October 2020 records its kind (fr.kind) unless its nature is a fee, so"
              + " its thresholds can be judged",
          LEA_SOURCE);

  /** A fee without its hours or half-days. */
  public static final RuleDescriptor FEE_DURATION_MISSING =
      RuleDescriptor.of(
          "france.lea.fee-duration-missing",
          Severity.WARNING,
          "A fee records the hours or half-days it pays for, so the 200 EUR an hour and 800 EUR a"
              + " half-day thresholds can be judged",
          LEA_SOURCE);

  /** Above an authorisation threshold without an authorisation. */
  public static final RuleDescriptor AUTHORISATION_MISSING =
      RuleDescriptor.of(
          "france.lea.authorisation-missing",
          Severity.ERROR,
          "A transfer above an anti-gift threshold (hospitality 150/night, 50/meal, 15/snack,"
              + " 2,000 an event, registration 1,000; fees 200/hour, 800/half-day, 2,000 a"
              + " convention; training 1,000; research gifts 5,000 HCP, 8,000 association) carries"
              + " its authorisation (fr.authorisation)",
          LEA_SOURCE);

  /**
   * An impromptu meal, book or sample beyond the négligeable limits, without the declaration or
   * authorisation its routing asks for.
   */
  public static final RuleDescriptor NOT_NEGLIGIBLE =
      RuleDescriptor.of(
          "france.lea.not-negligible",
          Severity.ERROR,
          "Impromptu meals (<= 30 EUR, 2 a year), books (<= 30 EUR, 150 EUR a year) and samples"
              + " (<= 20 EUR, 3 a year) beyond the négligeable limits follow the routing of any"
              + " advantage: declared (fr.declaration), or authorised (fr.authorisation) above the"
              + " thresholds, such as 50 EUR for a meal",
          LEA_SOURCE + "; " + LEA_ROUTING_SOURCE);

  /** An advantage at or below the thresholds, not négligeable, neither declared nor authorised. */
  public static final RuleDescriptor DECLARATION_MISSING =
      RuleDescriptor.of(
          "france.lea.declaration-missing",
          Severity.ERROR,
          "An advantage that is not négligeable and at or below every authorisation threshold goes"
              + " through a convention and is declared to the ordre (fr.declaration; an"
              + " authorisation serves too)",
          LEA_ROUTING_SOURCE);

  /** Every rule, in catalogue order. */
  public static final List<RuleDescriptor> ALL =
      List.of(
          PUBLICATION_TEST_MISSING,
          ATTRIBUTE_INVALID,
          NO_EUR_RATE,
          PUBLISH,
          KIND_MISSING,
          FEE_DURATION_MISSING,
          AUTHORISATION_MISSING,
          DECLARATION_MISSING,
          NOT_NEGLIGIBLE);
}
