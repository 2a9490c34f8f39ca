package dev.kamkit.scoring.health;

/**
 * The indicators account health is made of, each a component of the health score under its {@link
 * #key()}. Leading indicators predict lagging ones (Prolifiq, "Pharma Key Account Management");
 * leadership sees both.
 *
 * <p>Their names for people are in the package's message bundle ({@code
 * HealthIndicator.NEW_RELATIONSHIPS}, ...): {@code Messages.in(locale).name(indicator)}.
 */
public enum HealthIndicator {
  /** Relationships with the account's stakeholders that started within the look-back window. */
  NEW_RELATIONSHIPS("new-relationships", true),
  /** Key committees first reached, through a voting member, within the look-back window. */
  COMMITTEE_ACCESS("committee-access", true),
  /** Shared-value initiatives launched within the look-back window. */
  INITIATIVES("initiatives", true),
  /**
   * Our share of the field interactions in the account against the competitors' the host knows of,
   * against the average company's share (Veeva Business Consulting, "Unlocking True KAM
   * Transformation"). Applies only where competitor activity is recorded.
   */
  SHARE_OF_VOICE("share-of-voice", true),
  /**
   * The account's committee submissions active in the look-back window that are moving or were
   * approved in it, as committee progression judges them (Prolifiq, "Healthcare Key Account
   * Management: A Practical Guide": committee progression is a leading indicator). Applies only
   * where a submission was open or decided in the window.
   */
  COMMITTEE_PROGRESSION("committee-progression", true),
  /** Our products newly listed on the account's formulary within the look-back window. */
  FORMULARY_WINS("formulary-wins", false),
  /** Units bought in the latest complete fiscal year against the year before. */
  VOLUME_TREND("volume-trend", false),
  /** Contract value in force on the scoring day against the start of the look-back window. */
  CONTRACT_VALUE("contract-value", false),
  /** Contracts expiring around the scoring day that have a successor. */
  RENEWAL("renewal", false),
  /** Net revenue in the latest complete fiscal year against the year before. */
  NET_REVENUE_RETENTION("net-revenue-retention", false),
  /**
   * Won and weighted open pipeline against the revenue targets of the plan's objectives still being
   * worked, each in its own currency (Prolifiq, "Pharma Key Account Management": the plan should
   * connect to opportunities and revenue). Applies only where such a target is set.
   */
  REVENUE_TRAJECTORY("revenue-trajectory", false);

  private final String key;
  private final boolean leading;

  HealthIndicator(String key, boolean leading) {
    this.key = key;
    this.leading = leading;
  }

  /** The component key in the health score, for example {@code "new-relationships"}. */
  public String key() {
    return key;
  }

  /** True for a leading indicator, false for a lagging one. */
  public boolean isLeading() {
    return leading;
  }
}
