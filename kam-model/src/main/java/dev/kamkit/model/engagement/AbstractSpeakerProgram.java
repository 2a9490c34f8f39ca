package dev.kamkit.model.engagement;

import dev.kamkit.model.base.ModelCheck;
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

  @Value.Check
  protected void check() {
    ModelCheck.of("SpeakerProgram", topic()).nonBlank("topic", topic()).throwIfInvalid();
  }
}
