package dev.kamkit.model.engagement;

/**
 * Where a meal paid for by the company was had. The PhRMA Code (2022) allows an occasional modest
 * meal in the office or hospital with an informational presentation and rules out grab-and-go meals
 * (PhRMA, "Code on Interactions with Health Care Professionals", section 2).
 */
public enum MealSetting {
  /** In the office or hospital, with an informational presentation. */
  IN_OFFICE_WITH_PRESENTATION,
  /** At a speaker programme. */
  SPEAKER_PROGRAM,
  /** At a conference or congress. */
  CONFERENCE,
  /** At a restaurant, outside a speaker programme. */
  RESTAURANT,
  /** Food dropped off or picked up without a substantive interaction. */
  GRAB_AND_GO
}
