package dev.kamkit.model.testing;

/**
 * How big a generated {@link dev.kamkit.model.KeyAccount} is, from a small clinic to a large
 * integrated delivery network. Each size promises ranges for the counts of the account's main
 * parts; {@link KamGenerator} draws every count from its range, both ends included.
 *
 * <p>Relationships, whitespace cells, formulary entries and plan items follow from these counts.
 * Even the largest size builds in well under a second, so property tests can use it.
 */
public enum AccountSize {
  // Ranges, min and max each: sites, units per site, stakeholders, team, products,
  // interactions, transfers of value.

  /**
   * A clinic or practice: one site, about five stakeholders, a handful of interactions. Now and
   * then a new account nobody of ours holds yet: no relationships, interactions, transfers of value
   * or plan.
   */
  SMALL_CLINIC(1, 1, 1, 3, 4, 8, 2, 3, 1, 3, 0, 15, 0, 8),
  /** A community hospital: up to three sites and a few dozen stakeholders. */
  COMMUNITY_HOSPITAL(1, 3, 3, 6, 15, 40, 3, 6, 2, 5, 20, 80, 10, 40),
  /** An academic medical centre: several sites, many departments, a hundred-odd stakeholders. */
  ACADEMIC_MEDICAL_CENTRE(2, 6, 6, 12, 60, 150, 5, 10, 3, 8, 100, 300, 50, 200),
  /**
   * A large IDN: about forty hospitals and other sites, several hundred stakeholders, and thousands
   * of interactions and transfers of value.
   */
  LARGE_IDN(30, 45, 2, 8, 250, 450, 8, 16, 5, 12, 1000, 2500, 800, 2000);

  private final int minSites;
  private final int maxSites;
  private final int minUnitsPerSite;
  private final int maxUnitsPerSite;
  private final int minStakeholders;
  private final int maxStakeholders;
  private final int minTeam;
  private final int maxTeam;
  private final int minProducts;
  private final int maxProducts;
  private final int minInteractions;
  private final int maxInteractions;
  private final int minTransfers;
  private final int maxTransfers;

  AccountSize(
      int minSites,
      int maxSites,
      int minUnitsPerSite,
      int maxUnitsPerSite,
      int minStakeholders,
      int maxStakeholders,
      int minTeam,
      int maxTeam,
      int minProducts,
      int maxProducts,
      int minInteractions,
      int maxInteractions,
      int minTransfers,
      int maxTransfers) {
    this.minSites = minSites;
    this.maxSites = maxSites;
    this.minUnitsPerSite = minUnitsPerSite;
    this.maxUnitsPerSite = maxUnitsPerSite;
    this.minStakeholders = minStakeholders;
    this.maxStakeholders = maxStakeholders;
    this.minTeam = minTeam;
    this.maxTeam = maxTeam;
    this.minProducts = minProducts;
    this.maxProducts = maxProducts;
    this.minInteractions = minInteractions;
    this.maxInteractions = maxInteractions;
    this.minTransfers = minTransfers;
    this.maxTransfers = maxTransfers;
  }

  /** The fewest sites of care an account of this size has. */
  public int minSites() {
    return minSites;
  }

  /** The most sites of care an account of this size has. */
  public int maxSites() {
    return maxSites;
  }

  /** The fewest clinical units each site has. */
  public int minUnitsPerSite() {
    return minUnitsPerSite;
  }

  /** The most clinical units each site has. */
  public int maxUnitsPerSite() {
    return maxUnitsPerSite;
  }

  /** The fewest stakeholders, departed ones included. */
  public int minStakeholders() {
    return minStakeholders;
  }

  /** The most stakeholders, departed ones included. */
  public int maxStakeholders() {
    return maxStakeholders;
  }

  /** The fewest members of our team on the account; always a commercial and a medical one. */
  public int minTeam() {
    return minTeam;
  }

  /** The most members of our team on the account. */
  public int maxTeam() {
    return maxTeam;
  }

  /** The fewest products, competitors' included; always at least one of ours. */
  public int minProducts() {
    return minProducts;
  }

  /** The most products, competitors' included. */
  public int maxProducts() {
    return maxProducts;
  }

  /** The fewest interactions. */
  public int minInteractions() {
    return minInteractions;
  }

  /** The most interactions. */
  public int maxInteractions() {
    return maxInteractions;
  }

  /** The fewest transfers of value. */
  public int minTransfers() {
    return minTransfers;
  }

  /** The most transfers of value. */
  public int maxTransfers() {
    return maxTransfers;
  }
}
