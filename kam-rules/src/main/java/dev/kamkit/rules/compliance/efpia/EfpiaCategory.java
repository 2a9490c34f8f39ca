package dev.kamkit.rules.compliance.efpia;

import dev.kamkit.model.base.FactCode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The disclosure categories of the EFPIA Disclosure Code (as summarised by Lexology and Alcon's
 * methodological note), each with the recipients it applies to. HCOs: donations and grants;
 * contribution to costs of events (sponsorship agreements, registration fees, travel and
 * accommodation); fees for service and consultancy (fees, related expenses). HCPs: contribution to
 * costs of events (registration fees, travel and accommodation); fees for service and consultancy
 * (fees, related expenses).
 *
 * <p>The words of each category, heading and line as the template gives them ({@code Fees for
 * Service and Consultancy: Fees}), are in the package bundle under {@code EfpiaCategory.CONSTANT},
 * in English, German and French: {@code Messages.in(locale).name(category)}.
 */
public enum EfpiaCategory implements FactCode {
  /** Donations and grants, to HCOs only. */
  DONATIONS_AND_GRANTS(
      "donations-and-grants", EfpiaHeading.DONATIONS_AND_GRANTS, Set.of(RecipientType.HCO)),
  /** Contribution to costs of events: sponsorship agreements, HCOs only. */
  EVENT_SPONSORSHIP("event-sponsorship", EfpiaHeading.EVENTS, Set.of(RecipientType.HCO)),
  /** Contribution to costs of events: registration fees. */
  EVENT_REGISTRATION_FEES(
      "event-registration-fees", EfpiaHeading.EVENTS, Set.of(RecipientType.HCO, RecipientType.HCP)),
  /** Contribution to costs of events: travel and accommodation. */
  EVENT_TRAVEL_AND_ACCOMMODATION(
      "event-travel-and-accommodation",
      EfpiaHeading.EVENTS,
      Set.of(RecipientType.HCO, RecipientType.HCP)),
  /** Fees for service and consultancy: fees. */
  SERVICE_FEES("service-fees", EfpiaHeading.SERVICES, Set.of(RecipientType.HCO, RecipientType.HCP)),
  /** Fees for service and consultancy: related expenses. */
  SERVICE_RELATED_EXPENSES(
      "service-related-expenses",
      EfpiaHeading.SERVICES,
      Set.of(RecipientType.HCO, RecipientType.HCP));

  private final String code;
  private final EfpiaHeading heading;
  private final Set<RecipientType> recipients;

  EfpiaCategory(String code, EfpiaHeading heading, Set<RecipientType> recipients) {
    this.code = code;
    this.heading = heading;
    this.recipients = recipients;
  }

  /** The code of the fact {@link EfpiaFacts#CATEGORY}, e.g. {@code service-fees}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The template heading the category stands under, e.g. {@link EfpiaHeading#SERVICES} for {@link
   * #SERVICE_FEES}. The words of both, heading and line, are in the package bundle ({@code
   * Messages.in(locale).name(category)}, e.g. {@code Fees for Service and Consultancy: Fees}).
   */
  public EfpiaHeading heading() {
    return heading;
  }

  /** True if the Code has this category for {@code type}. */
  public boolean appliesTo(RecipientType type) {
    return recipients.contains(type);
  }

  /** The category with {@code code}, if any. */
  public static Optional<EfpiaCategory> ofCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }

  /** Every code, in order. */
  public static List<String> codes() {
    return Arrays.stream(values()).map(EfpiaCategory::code).toList();
  }
}
