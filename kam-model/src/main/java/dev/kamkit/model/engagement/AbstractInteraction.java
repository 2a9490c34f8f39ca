package dev.kamkit.model.engagement;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.MaterialId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * A call, meeting, message or event between our team members and the account's stakeholders: when,
 * how, why, and which products were discussed. The {@link #rationale()} is the documented,
 * legitimate business and clinical reason for the engagement that compliance asks of every
 * interaction.
 */
@Value.Immutable
public abstract class AbstractInteraction {
  // Only the generated Interaction extends this: no host subclass.
  AbstractInteraction() {}

  /** The interaction's id. */
  public abstract InteractionId id();

  /** The day it took place, or is planned for. */
  public abstract LocalDate date();

  /** How it took place. */
  public abstract Channel channel();

  /** Planned, completed or cancelled. */
  @Value.Default
  public InteractionStatus status() {
    return InteractionStatus.COMPLETED;
  }

  /** Our participants; at least one. */
  public abstract Set<TeamMemberId> teamMembers();

  /** The account's participants. */
  public abstract Set<StakeholderId> stakeholders();

  /** The committee met, for a presentation to a P&amp;T committee or VAC. */
  public abstract Optional<DecisionBodyId> decisionBody();

  /** What it was for, for example {@code "Formulary review preparation"}. */
  public abstract String purpose();

  /** The documented business and clinical rationale for the engagement. */
  public abstract Optional<String> rationale();

  /** Products discussed, with indications where recorded. */
  public abstract List<ProductDiscussion> productsDiscussed();

  /**
   * True if the interaction answers an unsolicited request from the stakeholder: a medical reply to
   * such a request may go beyond approved labelling.
   */
  @Value.Default
  public boolean unsolicitedRequest() {
    return false;
  }

  /** The promotional materials used or left behind; empty when none were, or none recorded. */
  public abstract Set<MaterialId> materials();

  /** The speaker programme, when the interaction is one: its stakeholders are the attendees. */
  public abstract Optional<SpeakerProgram> speakerProgram();

  /** Host-defined custom fields. */
  public abstract Map<String, AttributeValue> attributes();

  @Value.Check
  protected void check() {
    Set<StakeholderId> strays = new TreeSet<>();
    speakerProgram().ifPresent(p -> strays.addAll(p.needRecordedFor()));
    strays.removeAll(stakeholders());
    ModelCheck check =
        ModelCheck.of("Interaction", id())
            .require(
                !teamMembers().isEmpty(),
                "teamMembers",
                teamMembers(),
                ModelCode.INTERACTION_NO_TEAM_MEMBER)
            .nonBlank("purpose", purpose())
            .nonBlank("rationale", rationale());
    if (!strays.isEmpty()) {
      check.fail(
          FieldPath.of("speakerProgram", "needRecordedFor"),
          strays,
          ModelCode.INTERACTION_NEED_OF_ABSENTEE);
    }
    check.attributeKeys(attributes()).throwIfInvalid();
  }
}
