package dev.kamkit.scoring.health;

/**
 * The indicators account health is made of, each a component of the health score under its {@link
 * #key()}. Leading indicators predict lagging ones (seed 000); leadership sees both.
 */
public enum HealthIndicator {
  /** Relationships with the account's stakeholders that started within the look-back window. */
  NEW_RELATIONSHIPS("new-relationships", "New stakeholder relationships", true),
  /** Key committees first reached, through a voting member, within the look-back window. */
  COMMITTEE_ACCESS("committee-access", "Committee access gained", true),
  /** Shared-value initiatives launched within the look-back window. */
  INITIATIVES("initiatives", "Value initiatives launched", true),
  /** Our products newly listed on the account's formulary within the look-back window. */
  FORMULARY_WINS("formulary-wins", "Formulary wins", false),
  /** Units bought in the latest complete fiscal year against the year before. */
  VOLUME_TREND("volume-trend", "Volume trend", false),
  /** Contract value in force on the scoring day against the start of the look-back window. */
  CONTRACT_VALUE("contract-value", "Contract value in force", false),
  /** Contracts expiring around the scoring day that have a successor. */
  RENEWAL("renewal", "Contract renewal", false),
  /** Net revenue in the latest complete fiscal year against the year before. */
  NET_REVENUE_RETENTION("net-revenue-retention", "Net revenue retention", false);

  private final String key;
  private final String label;
  private final boolean leading;

  HealthIndicator(String key, String label, boolean leading) {
    this.key = key;
    this.label = label;
    this.leading = leading;
  }

  /** The component key in the health score, for example {@code "new-relationships"}. */
  public String key() {
    return key;
  }

  /** Short label for people, for example {@code "New stakeholder relationships"}. */
  public String label() {
    return label;
  }

  /** True for a leading indicator, false for a lagging one. */
  public boolean isLeading() {
    return leading;
  }
}
