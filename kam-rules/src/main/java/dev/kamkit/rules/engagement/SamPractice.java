package dev.kamkit.rules.engagement;

import dev.kamkit.model.explain.Message;
import java.util.Optional;

/**
 * The contrasts of figure 2 of Veeva Business Consulting's "Unlocking True KAM Transformation",
 * account-based selling against strategic account management, each as a practice whose presence an
 * account's data can show. The first is the ground both models share.
 *
 * <p>A practice's name for people is the strategic account management side, in figure 2's words
 * ({@code "Few accounts"}), in this package's bundles; the account-based selling side is {@link
 * #accountBasedSelling()}.
 */
public enum SamPractice {
  /** Both: cross-functional teams aligned behind accounts, not individual HCPs. */
  CROSS_FUNCTIONAL_TEAM("sam.cross-functional-team", EngagementCode.ABS_CROSS_FUNCTIONAL_TEAM),
  /** Brand-level account segmentation, versus organisation-wide account segmentation. */
  ORGANISATION_WIDE_SEGMENTATION(
      "sam.organisation-wide-segmentation", EngagementCode.ABS_ORGANISATION_WIDE_SEGMENTATION),
  /** Segmentation based on revenue, versus a broader definition of value. */
  BROADER_VALUE("sam.broader-value", EngagementCode.ABS_BROADER_VALUE),
  /** Many accounts, versus few accounts. */
  FEW_ACCOUNTS("sam.few-accounts", EngagementCode.ABS_FEW_ACCOUNTS),
  /** Functionally-driven and aligned, versus integrated cross-team collaboration. */
  INTEGRATED_COLLABORATION(
      "sam.integrated-collaboration", EngagementCode.ABS_INTEGRATED_COLLABORATION),
  /** One-size-fits-all approach, versus differentiated investment. */
  DIFFERENTIATED_INVESTMENT(
      "sam.differentiated-investment", EngagementCode.ABS_DIFFERENTIATED_INVESTMENT),
  /** Selling a product, versus solving customer problems. */
  SOLVING_CUSTOMER_PROBLEMS(
      "sam.solving-customer-problems", EngagementCode.ABS_SOLVING_CUSTOMER_PROBLEMS),
  /** Internal brand-level account plans, versus joint organisational-level account plans. */
  JOINT_PLANS("sam.joint-plans", EngagementCode.ABS_JOINT_PLANS),
  /** Measuring individual activities, versus measuring shared outcomes. */
  SHARED_OUTCOMES("sam.shared-outcomes", EngagementCode.ABS_SHARED_OUTCOMES);

  private final String id;
  private final EngagementCode accountBasedSelling;

  SamPractice(String id, EngagementCode accountBasedSelling) {
    this.id = id;
    this.accountBasedSelling = accountBasedSelling;
  }

  /** Stable id, for example {@code "sam.joint-plans"}. */
  public String id() {
    return id;
  }

  /** The account-based selling side of the contrast, in figure 2's words. */
  public Message accountBasedSelling() {
    return Message.of(accountBasedSelling);
  }

  /** The practice with the given {@link #id()}, if there is one. */
  public static Optional<SamPractice> byId(String id) {
    for (SamPractice p : values()) {
      if (p.id.equals(id)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
