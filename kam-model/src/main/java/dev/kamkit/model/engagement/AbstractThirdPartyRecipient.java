package dev.kamkit.model.engagement;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The third party that received a transfer of value at the request of, or on behalf of, its covered
 * recipient: a speaker's fee paid to the speaker's practice, or donated to a charity. The transfer
 * is still reported as one to the covered recipient, with the third party on the record (CMS,
 * "General Payments Data Dictionary": {@code Third_Party_Payment_Recipient_Indicator}, {@code
 * Name_of_Third_Party_Entity_Receiving_Payment_or_Transfer_of_Value}, {@code Charity_Indicator},
 * {@code Third_Party_Equals_Covered_Recipient_Indicator}).
 */
@Value.Immutable
public abstract class AbstractThirdPartyRecipient {
  // Only the generated ThirdPartyRecipient extends this: no host subclass.
  AbstractThirdPartyRecipient() {}

  /** An entity or an individual. */
  public abstract ThirdPartyKind kind();

  /** The entity's name; an Open Payments record needs it for an entity. */
  public abstract Optional<String> name();

  /** True if the third party is a charity; only an entity can be one. */
  @Value.Default
  public boolean charity() {
    return false;
  }

  /** True if the third party is itself a covered recipient, such as another physician. */
  @Value.Default
  public boolean coveredRecipient() {
    return false;
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("ThirdPartyRecipient", name().orElse(kind().name()))
        .nonBlank("name", name())
        .require(
            !charity() || kind() == ThirdPartyKind.ENTITY,
            "charity",
            charity(),
            ModelCode.THIRD_PARTY_CHARITY_NOT_ENTITY)
        .throwIfInvalid();
  }
}
