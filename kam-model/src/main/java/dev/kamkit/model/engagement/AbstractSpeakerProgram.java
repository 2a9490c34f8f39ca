package dev.kamkit.model.engagement;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What makes an interaction a speaker programme: its topic, speaker, venue and hospitality, the
 * facts the OIG's "Special Fraud Alert: Speaker Programs" (2020) and section 7 of PhRMA's "Code on
 * Interactions with Health Care Professionals" judge. It is part of its {@link Interaction}, whose
 * stakeholders are the attendees.
 *
 * <p>A programme promotes a product, so what it covers is held to the product's approvals as what
 * an interaction discusses and what a payment records are: its {@link #therapeuticArea()} and the
 * {@link #indications()} it covers. Its products are the products its interaction discusses ({@link
 * AbstractInteraction#productsDiscussed()}); each indication covered is an indication of one of
 * them, which the key account's reference check makes sure of.
 */
@Value.Immutable
public abstract class AbstractSpeakerProgram {
  // Only the generated SpeakerProgram extends this: no host subclass.
  AbstractSpeakerProgram() {}

  /**
   * What the programme is about, for example {@code "Managing neutropenia in first-line NSCLC"}.
   */
  public abstract String topic();

  /** The stakeholder who spoke, when one of the account's did. */
  public abstract Optional<StakeholderId> speaker();

  /** The team member who chose the speaker, where recorded. */
  public abstract Optional<TeamMemberId> speakerChosenBy();

  /** Where it was held. */
  public abstract Venue venue();

  /** True if a meal was served. */
  @Value.Default
  public boolean mealServed() {
    return false;
  }

  /** True if the company paid for alcohol. */
  @Value.Default
  public boolean companyPaidAlcohol() {
    return false;
  }

  /**
   * The attendees whose educational need to attend again on this topic is recorded; a subset of the
   * interaction's stakeholders. Empty when nobody's is.
   */
  public abstract Set<StakeholderId> needRecordedFor();

  /**
   * The therapeutic area the programme is run in, as recorded, for example {@code "Oncology"}:
   * named as a product's or an indication's area is ({@code Product.therapeuticArea()}, {@code
   * Indication.therapeuticArea()}) and compared with them ignoring case and surrounding blanks.
   * Absent when not recorded.
   */
  public abstract Optional<String> therapeuticArea();

  /**
   * The indications the programme covers, by id: each is an indication of at least one of the
   * products its interaction discusses (where two of those products share an indication id, as for
   * a combination regimen, it covers that indication of each). Their order carries no meaning.
   * Empty when none is recorded.
   */
  public abstract Set<IndicationId> indications();

  @Value.Check
  protected void check() {
    ModelCheck.of("SpeakerProgram", topic())
        .nonBlank("topic", topic())
        .nonBlank("therapeuticArea", therapeuticArea())
        .throwIfInvalid();
  }
}
