package dev.kamkit.model.stakeholder;

import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What transparency and conduct rules need to know about a stakeholder who is a healthcare
 * professional: profession, training status, NPI, licences, specialty, country of practice and, for
 * European disclosure, whether the person consented to be named.
 */
@Value.Immutable
public abstract class AbstractHcpIdentity {
  // Only the generated HcpIdentity extends this: no host subclass.
  AbstractHcpIdentity() {}

  /** The profession. */
  public abstract HcpProfession profession();

  /** Practising, resident or fellow. */
  @Value.Default
  public TrainingStatus trainingStatus() {
    return TrainingStatus.PRACTISING;
  }

  /** The individual's US National Provider Identifier, where the person has one. */
  public abstract Optional<Npi> npi();

  /** US states (two-letter codes) where the person holds a licence. */
  public abstract Set<String> licenseStates();

  /** Specialty, ideally as the NUCC taxonomy text CMS publishes. */
  public abstract Optional<String> specialty();

  /** Country of practice, as an ISO 3166-1 alpha-2 code. */
  public abstract Optional<String> countryOfPractice();

  /** A national registration outside the US (RPPS in France, GMC number in the UK, ...). */
  public abstract Optional<String> nationalRegistration();

  /**
   * Whether the person consented to individual disclosure under the EFPIA code; empty when not
   * asked. Consent is all-in or all-out per person.
   */
  public abstract Optional<Boolean> disclosureConsent();

  @Value.Check
  protected void check() {
    ModelCheck check = ModelCheck.of("HcpIdentity", npi());
    int index = 0;
    for (String state : licenseStates()) {
      if (state.length() != 2
          || !Character.isUpperCase(state.charAt(0))
          || !Character.isUpperCase(state.charAt(1))) {
        check.fail(FieldPath.of("licenseStates").element(index), state, ModelCode.HCP_STATE_CODE);
      }
      index++;
    }
    check
        .nonBlank("specialty", specialty())
        .countryCode("countryOfPractice", countryOfPractice())
        .nonBlank("nationalRegistration", nationalRegistration())
        .throwIfInvalid();
  }
}
