package dev.kamkit.model.testing;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.id.AccountId;
import java.time.LocalDate;
import java.util.List;

/**
 * Realistic key accounts written from the scenarios of the project's seed documents, for tests of
 * scorers, rules, serialisation and examples, in kamkit and in hosts.
 *
 * <p>Every account is valid (it builds), self-contained and fully deterministic: ids are stable and
 * readable (for example {@code riverside-cfo} or {@code team-kam-jordan-blake}), every date is a
 * constant, and nothing depends on the clock. Judge them as of {@link #AS_OF}. Products and the
 * team members who cover several accounts are described identically everywhere, so the accounts
 * together form a valid {@link #portfolio() portfolio}.
 *
 * <ul>
 *   <li>{@link #riversideHealth()}: the twelve-hospital IDN with every part of the model filled in,
 *       and several risks at once;
 *   <li>{@link #singleThreadedRetiringPrescriber()}, {@link #cfoNobodyHolds()} and {@link
 *       #planRefreshedOnlyBeforeReviews()}: small accounts that each isolate one scenario;
 *   <li>{@link #academicMedicalCentre()}: a German university hospital with a mature, jointly
 *       planned partnership, amounts in euros and EFPIA disclosure consent.
 * </ul>
 *
 * <p>The accounts are immutable; each call builds a fresh one.
 */
public final class SeedAccounts {

  /**
   * The day the seed accounts describe: Monday 2 November 2026. Relationships, overdue actions,
   * retirements and meeting calendars read as intended on this day.
   */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 2);

  /** The id of {@link #riversideHealth()}. */
  public static final AccountId RIVERSIDE_HEALTH = SeedRiversideHealth.ID;

  /** The id of {@link #singleThreadedRetiringPrescriber()}. */
  public static final AccountId HARBOR_POINT = SeedSingleThreaded.ID;

  /** The id of {@link #cfoNobodyHolds()}. */
  public static final AccountId LAKEVIEW_REGIONAL = SeedCfoGap.ID;

  /** The id of {@link #planRefreshedOnlyBeforeReviews()}. */
  public static final AccountId NORTHERN_PLAINS = SeedPlanRot.ID;

  /** The id of {@link #academicMedicalCentre()}. */
  public static final AccountId RHEINAUE = SeedAcademicCentre.ID;

  private SeedAccounts() {}

  /**
   * Riverside Health System, a US integrated delivery network of twelve hospitals in Ohio
   * (Prolifiq's "Pharma Key Account Management" and "Healthcare Key Account Management: A Practical
   * Guide").
   *
   * <p>A system-level P&amp;T committee decides the formulary for every hospital; the flagship,
   * Riverside Memorial, has its own value analysis committee. Committed to Vizient; three
   * contracts, one of which (Cardiva, through Vizient) expires on 31 December 2026; Epic; fiscal
   * year from 1 July. 22 stakeholders across executive, finance, pharmacy, clinical, nursing,
   * procurement, IT, quality and payer functions: the CFO ({@code riverside-cfo}) is the economic
   * buyer and held by nobody of ours; the chief of oncology ({@code riverside-chief-of-oncology})
   * is the clinical champion and retires on 31 March 2027; the system CMO ({@code riverside-cmo})
   * chairs the P&amp;T committee and is a blocker who outranks everyone we hold. Our team: key
   * account manager, two sales representatives, a medical science liaison, market access, and a
   * representative who left in 2025. Oncoxa is sold at three hospitals, in evaluation at one, held
   * by a competitor at two and open at six; formulary history since 2022; an active FY2027 plan
   * with an overdue action; interactions and transfers of value, including a group meal.
   */
  public static KeyAccount riversideHealth() {
    return SeedRiversideHealth.keyAccount();
  }

  /**
   * Harbor Point Medical Center, a community hospital whose only relationship is one sales
   * representative's with one oncologist, Dr. Walsh ({@code harbor-point-dr-walsh}), who retires on
   * 31 January 2027. Twenty-five calls are logged with him since June 2025: green by activity, red
   * by strategy (Prolifiq, "Pharma Key Account Management"). Its parent, Coastal Care Network, is
   * not among the seeds.
   */
  public static KeyAccount singleThreadedRetiringPrescriber() {
    return SeedSingleThreaded.keyAccount();
  }

  /**
   * Lakeview Regional Health, a three-hospital IDN with strong clinical advocacy (a champion and
   * advocates in cardiology, eight relationships active in the month before {@link #AS_OF}) but no
   * relationship with the CFO ({@code lakeview-cfo}), the economic buyer who chairs the capital
   * committee that must approve the plan's main objective (Prolifiq, "Healthcare Key Account
   * Management: A Practical Guide").
   */
  public static KeyAccount cfoNobodyHolds() {
    return SeedCfoGap.keyAccount();
  }

  /**
   * Northern Plains Health Partners, a healthy account whose plan is changed only in the three days
   * before each of its four 2026 quarterly business reviews and never in between: a slide deck
   * refreshed for QBRs, not a living plan (Prolifiq, "Pharma Key Account Management").
   */
  public static KeyAccount planRefreshedOnlyBeforeReviews() {
    return SeedPlanRot.keyAccount();
  }

  /**
   * Universitätsklinikum Rheinaue, a state-owned German academic medical centre: three sites, a
   * drug commission deciding for the whole hospital, a thoracic tumour board at the central
   * hospital, relationships up to both directors, a joint business plan agreed in May 2026 and a
   * launched shared-value initiative. Euro amounts; physicians with national registrations and
   * EFPIA disclosure consent (one refused); a fellow and a resident; a grant to the hospital.
   */
  public static KeyAccount academicMedicalCentre() {
    return SeedAcademicCentre.keyAccount();
  }

  /** Every seed account, Riverside first. */
  public static List<KeyAccount> all() {
    return List.of(
        riversideHealth(),
        singleThreadedRetiringPrescriber(),
        cfoNobodyHolds(),
        planRefreshedOnlyBeforeReviews(),
        academicMedicalCentre());
  }

  /** Every seed account as one portfolio. */
  public static Portfolio portfolio() {
    return Portfolio.builder().addAllAccounts(all()).build();
  }
}
