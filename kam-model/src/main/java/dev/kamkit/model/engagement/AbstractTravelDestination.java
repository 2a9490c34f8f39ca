package dev.kamkit.model.engagement;

import dev.kamkit.model.base.ModelCheck;
import java.util.Optional;
import org.immutables.value.Value;

/** Where a recipient travelled, for a travel-and-lodging transfer of value. */
@Value.Immutable
public abstract class AbstractTravelDestination {
  // Only the generated TravelDestination extends this: no host subclass.
  AbstractTravelDestination() {}

  /** The city. */
  public abstract String city();

  /** The state or province, where the country has them. */
  public abstract Optional<String> state();

  /** The country, as an ISO 3166-1 alpha-2 code. */
  public abstract String country();

  @Value.Check
  protected void check() {
    ModelCheck.of("TravelDestination", city())
        .nonBlank("city", city())
        .nonBlank("state", state())
        .countryCode("country", country())
        .throwIfInvalid();
  }
}
