package dev.kamkit.rules.maturity;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.util.Optional;

/**
 * The five stages of KAM evolution (Clarity, "Pharma Key Account Management – The Evolution
 * Continues"), plus {@link #NONE} for an account that has not yet reached the first. A stage holds
 * only when every lower stage holds. Each stage's display name ("Aligned roles") is in this
 * package's message bundle, and so is what it means ({@link #description()}).
 */
public enum MaturityStage {
  /** Not yet key account management: no dedicated resource works the account. */
  NONE(0, MaturityCode.STAGE_0_MEANS),
  /** Stage 1: dedicated resources appointed to the account. */
  DEDICATED_RESOURCES(1, MaturityCode.STAGE_1_MEANS),
  /** Stage 2: the activities of the different roles are aligned to a common purpose. */
  ALIGNED_ROLES(2, MaturityCode.STAGE_2_MEANS),
  /** Stage 3: coordinated team activities target specific account scenarios and needs. */
  COORDINATED_TEAM(3, MaturityCode.STAGE_3_MEANS),
  /** Stage 4: a strategic plan executed by a matrix team, company and customer metrics in sight. */
  STRATEGIC_PLAN(4, MaturityCode.STAGE_4_MEANS),
  /** Stage 5: a trusted partner to senior customer stakeholders who co-creates value. */
  TRUSTED_PARTNER(5, MaturityCode.STAGE_5_MEANS);

  private final int number;
  private final MaturityCode description;

  MaturityStage(int number, MaturityCode description) {
    this.number = number;
    this.description = description;
  }

  /**
   * 0 for {@link #NONE}, 1 to 5 for the stages of KAM evolution (Clarity, "Pharma Key Account
   * Management – The Evolution Continues").
   */
  public int number() {
    return number;
  }

  /**
   * What the stage means, in the words of Clarity's "Pharma Key Account Management – The Evolution
   * Continues", as a message worded on demand.
   */
  public Message description() {
    return Message.of(description);
  }

  /** The stage after this one; empty for {@link #TRUSTED_PARTNER}. */
  public Optional<MaturityStage> next() {
    return number < 5 ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
  }

  /** True if this stage is below {@code other}. */
  public boolean isBelow(MaturityStage other) {
    return compareTo(other) < 0;
  }

  /**
   * The stage with its number, as a message: in English {@code "stage 2 (Aligned roles)"}, or
   * {@code "no stage (Not yet KAM)"}.
   */
  public Message label() {
    return Message.of(MaturityCode.STAGE_LABEL, Arg.of(number), Arg.of(this));
  }
}
