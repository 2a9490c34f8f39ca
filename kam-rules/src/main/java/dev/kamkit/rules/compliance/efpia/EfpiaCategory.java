package dev.kamkit.rules.compliance.efpia;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The disclosure categories of the EFPIA Disclosure Code (REGULATORY.md 4.1, verified: Lexology;
 * Alcon methodological note), each with the recipients it applies to. HCOs: donations and grants;
 * contribution to costs of events (sponsorship agreements, registration fees, travel and
 * accommodation); fees for service and consultancy (fees, related expenses). HCPs: contribution to
 * costs of events (registration fees, travel and accommodation); fees for service and consultancy
 * (fees, related expenses).
 */
public enum EfpiaCategory {
  /** Donations and grants, to HCOs only. */
  DONATIONS_AND_GRANTS(
      "donations-and-grants", "Donations and Grants", "", Set.of(RecipientType.HCO)),
  /** Contribution to costs of events: sponsorship agreements, HCOs only. */
  EVENT_SPONSORSHIP(
      "event-sponsorship",
      "Contribution to costs of Events",
      "Sponsorship agreements",
      Set.of(RecipientType.HCO)),
  /** Contribution to costs of events: registration fees. */
  EVENT_REGISTRATION_FEES(
      "event-registration-fees",
      "Contribution to costs of Events",
      "Registration fees",
      Set.of(RecipientType.HCO, RecipientType.HCP)),
  /** Contribution to costs of events: travel and accommodation. */
  EVENT_TRAVEL_AND_ACCOMMODATION(
      "event-travel-and-accommodation",
      "Contribution to costs of Events",
      "Travel and accommodation",
      Set.of(RecipientType.HCO, RecipientType.HCP)),
  /** Fees for service and consultancy: fees. */
  SERVICE_FEES(
      "service-fees",
      "Fees for Service and Consultancy",
      "Fees",
      Set.of(RecipientType.HCO, RecipientType.HCP)),
  /** Fees for service and consultancy: related expenses. */
  SERVICE_RELATED_EXPENSES(
      "service-related-expenses",
      "Fees for Service and Consultancy",
      "Related expenses",
      Set.of(RecipientType.HCO, RecipientType.HCP));

  private final String code;
  private final String heading;
  private final String line;
  private final Set<RecipientType> recipients;

  EfpiaCategory(String code, String heading, String line, Set<RecipientType> recipients) {
    this.code = code;
    this.heading = heading;
    this.line = line;
    this.recipients = recipients;
  }

  /** The code a host writes in {@link EfpiaAttributes#CATEGORY}, e.g. {@code service-fees}. */
  public String code() {
    return code;
  }

  /** The Code's heading, e.g. {@code Fees for Service and Consultancy}. */
  public String heading() {
    return heading;
  }

  /** The line under the heading, e.g. {@code Fees}; empty for donations and grants. */
  public String line() {
    return line;
  }

  /** The heading and line for people, e.g. {@code Fees for Service and Consultancy: Fees}. */
  public String label() {
    return line.isEmpty() ? heading : heading + ": " + line;
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
