package dev.kamkit.rules.maturity;

import java.util.Optional;

/**
 * The five stages of KAM evolution (seed 001), plus {@link #NONE} for an account that has not yet
 * reached the first. A stage holds only when every lower stage holds.
 */
public enum MaturityStage {
  /** Not yet key account management: no dedicated resource works the account. */
  NONE(0, "Not yet KAM", "no dedicated key account manager works the account"),
  /** Stage 1: dedicated resources appointed to the account. */
  DEDICATED_RESOURCES(1, "Dedicated resources", "dedicated resources are appointed to the account"),
  /** Stage 2: the activities of the different roles are aligned to a common purpose. */
  ALIGNED_ROLES(
      2,
      "Aligned roles",
      "the activities of the different roles around the account are aligned to a common purpose"),
  /** Stage 3: coordinated team activities target specific account scenarios and needs. */
  COORDINATED_TEAM(
      3,
      "Coordinated team",
      "coordinated team activities target specific account scenarios and customer needs"),
  /** Stage 4: a strategic plan executed by a matrix team, company and customer metrics in sight. */
  STRATEGIC_PLAN(
      4,
      "Strategic account plan",
      "a strategic account plan is executed by a matrix team with company and customer metrics"
          + " in sight"),
  /** Stage 5: a trusted partner to senior customer stakeholders who co-creates value. */
  TRUSTED_PARTNER(
      5,
      "Trusted partner",
      "the KAM is a trusted partner to senior customer stakeholders, co-creates value and"
          + " marshals resources on the customer's behalf");

  private final int number;
  private final String title;
  private final String description;

  MaturityStage(int number, String title, String description) {
    this.number = number;
    this.title = title;
    this.description = description;
  }

  /** 0 for {@link #NONE}, 1 to 5 for the stages of seed 001. */
  public int number() {
    return number;
  }

  /** Short title, for example {@code "Aligned roles"}. */
  public String title() {
    return title;
  }

  /** What the stage means, in the seed's words. */
  public String description() {
    return description;
  }

  /** The stage after this one; empty for {@link #TRUSTED_PARTNER}. */
  public Optional<MaturityStage> next() {
    return number < 5 ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
  }

  /** True if this stage is below {@code other}. */
  public boolean isBelow(MaturityStage other) {
    return compareTo(other) < 0;
  }

  /** {@code "stage 2 (Aligned roles)"}, or {@code "no stage (Not yet KAM)"}. */
  public String label() {
    return (number == 0 ? "no stage" : "stage " + number) + " (" + title + ")";
  }
}
