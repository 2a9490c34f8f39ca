package dev.kamkit.model.engagement;

/**
 * Where a speaker programme is held. The OIG Special Fraud Alert on speaker programmes (2020) names
 * restaurant and entertainment venues as suspect; the PhRMA Code (2022) rules out high-end
 * restaurants and luxury resorts (OIG, "Special Fraud Alert: Speaker Programs" (2020); PhRMA, "Code
 * on Interactions with Health Care Professionals", section 7).
 */
public enum Venue {
  /** The prescriber's office, clinic or hospital. */
  OFFICE_OR_HOSPITAL,
  /** A hired meeting room or conference venue. */
  MEETING_ROOM,
  /** An ordinary restaurant. */
  RESTAURANT,
  /** A high-end restaurant. */
  HIGH_END_RESTAURANT,
  /** A luxury resort. */
  LUXURY_RESORT,
  /** A sports, theatre or other entertainment or recreation venue. */
  ENTERTAINMENT_VENUE,
  /** Online, with no physical venue. */
  VIRTUAL;

  /** True for the venues the PhRMA Code rules out: high-end restaurants and luxury resorts. */
  public boolean isHighEnd() {
    return this == HIGH_END_RESTAURANT || this == LUXURY_RESORT;
  }

  /** True for an entertainment or recreation venue. */
  public boolean isEntertainment() {
    return this == ENTERTAINMENT_VENUE;
  }

  /** True for any restaurant, ordinary or high-end. */
  public boolean isRestaurant() {
    return this == RESTAURANT || this == HIGH_END_RESTAURANT;
  }
}
