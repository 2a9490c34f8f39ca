package dev.kamkit.model.engagement;

/**
 * Who received a transfer of value that a covered recipient directed to a third party: an entity or
 * an individual. These are the values CMS publishes for {@code
 * Third_Party_Payment_Recipient_Indicator} (CMS, "General Payments Data Dictionary"), besides
 * {@code No Third Party Payment}, which is a transfer without a third party.
 */
public enum ThirdPartyKind {
  /** An entity, such as a practice, a university or a charity; published as {@code Entity}. */
  ENTITY("Entity"),
  /** An individual; published as {@code Individual}. */
  INDIVIDUAL("Individual");

  private final String cmsName;

  ThirdPartyKind(String cmsName) {
    this.cmsName = cmsName;
  }

  /** The value of {@code Third_Party_Payment_Recipient_Indicator}, as CMS publishes it. */
  public String cmsName() {
    return cmsName;
  }
}
