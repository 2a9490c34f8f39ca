package dev.kamkit.rules.compliance;

import dev.kamkit.model.engagement.NatureOfPayment;

/**
 * The natures of payment that are fees for a service: consulting, other services, speaking and
 * faculty at any kind of programme, honoraria. European codes treat them as fees for service and
 * consultancy whatever the US nature says about the venue.
 */
public final class ServiceFees {
  private ServiceFees() {}

  /** True if {@code nature} pays for a service. */
  public static boolean isFee(NatureOfPayment nature) {
    return switch (nature) {
      case CONSULTING_FEE,
          SERVICES_OTHER_THAN_CONSULTING,
          SPEAKER_UNACCREDITED_CONTINUING_EDUCATION,
          SPEAKER_ACCREDITED_CONTINUING_EDUCATION,
          SPEAKER_MEDICAL_EDUCATION,
          HONORARIA ->
          true;
      default -> false;
    };
  }
}
