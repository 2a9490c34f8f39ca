package dev.kamkit.rules.compliance.offlabel;

import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.Severity;
import java.util.List;

/** Every rule of the off-label pack. Ids are stable and never reused. */
public final class OffLabelRules {
  private OffLabelRules() {}

  private static final String MISBRANDING =
      "21 U.S.C. 331(a), 352(f) (IntuitionLabs; McCarter; Akin Gump; Lexology)";
  private static final String UNSOLICITED =
      "FDA draft guidance, Responding to Unsolicited Requests for Off-Label Information (Dec 2011)";

  private static final String REVIEWED_MATERIALS =
      "MLR review (IntuitionLabs; McCarter; Akin Gump; Lexology)";

  /** A commercial interaction discussed an indication not approved there and then. */
  public static final RuleDescriptor COMMERCIAL_UNAPPROVED_INDICATION =
      RuleDescriptor.of(
          "offlabel.interaction.unapproved-indication",
          Severity.ERROR,
          "Commercial roles discuss a product only for indications approved in the account's"
              + " jurisdiction on the day of the interaction",
          MISBRANDING);

  /** A commercial interaction discussed a product with no approval in force at all. */
  public static final RuleDescriptor COMMERCIAL_UNAPPROVED_PRODUCT =
      RuleDescriptor.of(
          "offlabel.interaction.unapproved-product",
          Severity.ERROR,
          "Commercial roles discuss only products with an approval in force in the account's"
              + " jurisdiction on the day of the interaction",
          MISBRANDING);

  /** A commercial person answered an unsolicited off-label request. */
  public static final RuleDescriptor COMMERCIAL_ANSWERED_UNSOLICITED =
      RuleDescriptor.of(
          "offlabel.interaction.commercial-answered-request",
          Severity.ERROR,
          "Unsolicited requests about unapproved uses are answered by medical affairs, without"
              + " commercial participants",
          UNSOLICITED);

  /** Medical affairs discussed an unapproved use without a logged unsolicited request. */
  public static final RuleDescriptor MEDICAL_WITHOUT_REQUEST =
      RuleDescriptor.of(
          "offlabel.interaction.no-unsolicited-request",
          Severity.ERROR,
          "Off-label content in medical interactions answers a logged, unsolicited request",
          UNSOLICITED);

  /** A whitespace cell counts a product where it has no approval in force. */
  public static final RuleDescriptor WHITESPACE =
      RuleDescriptor.of(
          "offlabel.whitespace.unapproved",
          Severity.ERROR,
          "Whitespace cells that are sold, open, in evaluation or competitor-held name a product"
              + " (and indication) approved in the account's jurisdiction",
          MISBRANDING);

  /** A live plan objective targets a product or indication not approved in the jurisdiction. */
  public static final RuleDescriptor OBJECTIVE =
      RuleDescriptor.of(
          "offlabel.objective.unapproved",
          Severity.ERROR,
          "Plan objectives target only products and indications approved in the account's"
              + " jurisdiction",
          MISBRANDING);

  private static final String WHITESPACE_INSIDE_LABEL =
      "Prolifiq, \"Pharma Key Account Management\" (whitespace inside approved indications)";

  /**
   * A live plan objective targets, naming no indication, a product in a clinical unit whose
   * specialty fits none of the product's approved therapeutic areas.
   */
  public static final RuleDescriptor OBJECTIVE_UNIT_SPECIALTY =
      RuleDescriptor.of(
          "offlabel.objective.unit-specialty",
          Severity.WARNING,
          "Plan objectives that target a product in clinical units without naming an indication"
              + " target only units whose recorded specialty fits a therapeutic area of an"
              + " indication of the product approved in the account's jurisdiction (the whitespace"
              + " specialty fit; units without a specialty are not judged)",
          MISBRANDING + "; " + WHITESPACE_INSIDE_LABEL);

  /**
   * A live plan objective targets a product in a clinical unit whose whitespace cell says the
   * product is not indicated there.
   */
  public static final RuleDescriptor OBJECTIVE_UNIT_NOT_INDICATED =
      RuleDescriptor.of(
          "offlabel.objective.unit-not-indicated",
          Severity.ERROR,
          "Plan objectives target no product in a clinical unit whose whitespace cell for that"
              + " product is marked not indicated",
          MISBRANDING + "; " + WHITESPACE_INSIDE_LABEL);

  /** A commercial interaction used a promotional material outside its approval period. */
  public static final RuleDescriptor MATERIAL_UNUSABLE =
      RuleDescriptor.of(
          "offlabel.material.unusable",
          Severity.ERROR,
          "Commercial interactions use only promotional materials approved by review on or before"
              + " the day of use, not past their expiry and not withdrawn on or before that day",
          REVIEWED_MATERIALS);

  /** A commercial interaction used a material claiming an indication not approved there. */
  public static final RuleDescriptor MATERIAL_UNAPPROVED_INDICATION =
      RuleDescriptor.of(
          "offlabel.material.unapproved-indication",
          Severity.ERROR,
          "Promotional materials used in commercial interactions claim only indications (or, for a"
              + " brand-only piece, a product) approved in the account's jurisdiction on the day"
              + " of use",
          MISBRANDING + "; " + REVIEWED_MATERIALS);

  /** A payment records a therapeutic area that no approved indication of its products has. */
  public static final RuleDescriptor PAYMENT_THERAPEUTIC_AREA =
      RuleDescriptor.of(
          "offlabel.payment.therapeutic-area",
          Severity.WARNING,
          "A payment's recorded therapeutic area is that of an indication of one of its related"
              + " products approved in the account's jurisdiction on the payment date (an"
              + " indication without an area is in its product's area; compared ignoring case,"
              + " outer blanks and runs of blanks, in Unicode NFC)",
          "CMS General Payments Data Dictionary: Product_Category_or_Therapeutic_Area; "
              + MISBRANDING);

  /** A speaker programme run by medical affairs discussed an unapproved use. */
  public static final RuleDescriptor SPEAKER_PROGRAM =
      RuleDescriptor.of(
          "offlabel.speaker-program.unapproved",
          Severity.ERROR,
          "A speaker programme without commercial participants discusses no unapproved use even"
              + " when logged as answering an unsolicited request: a programme addresses a group,"
              + " not the one person who asked (other programmes are judged by the interaction"
              + " rules)",
          UNSOLICITED + "; " + MISBRANDING);

  private static final String SPEAKER_PROGRAMS =
      "OIG Special Fraud Alert: Speaker Programs (2020); PhRMA Code on Interactions with Health"
          + " Care Professionals, section 7";

  /** A speaker programme covers an indication of its products not approved there on its day. */
  public static final RuleDescriptor SPEAKER_PROGRAM_INDICATION =
      RuleDescriptor.of(
          "offlabel.speaker-program.indication",
          Severity.ERROR,
          "A speaker programme, planned or held, covers only indications of its products (those its"
              + " interaction discusses) approved in the account's jurisdiction on the day of the"
              + " programme, whoever runs it",
          MISBRANDING + "; " + SPEAKER_PROGRAMS);

  /** A speaker programme records a therapeutic area no approved indication of its products has. */
  public static final RuleDescriptor SPEAKER_PROGRAM_AREA =
      RuleDescriptor.of(
          "offlabel.speaker-program.therapeutic-area",
          Severity.WARNING,
          "A speaker programme's recorded therapeutic area is that of an indication of one of its"
              + " products approved in the account's jurisdiction on the day of the programme (an"
              + " indication without an area is in its product's area; compared ignoring case,"
              + " outer blanks and runs of blanks, in Unicode NFC)",
          MISBRANDING + "; " + SPEAKER_PROGRAMS);

  /** All of them, in catalogue order. */
  static final List<RuleDescriptor> ALL =
      List.of(
          COMMERCIAL_UNAPPROVED_INDICATION,
          COMMERCIAL_UNAPPROVED_PRODUCT,
          COMMERCIAL_ANSWERED_UNSOLICITED,
          MEDICAL_WITHOUT_REQUEST,
          WHITESPACE,
          OBJECTIVE,
          OBJECTIVE_UNIT_SPECIALTY,
          OBJECTIVE_UNIT_NOT_INDICATED,
          MATERIAL_UNUSABLE,
          MATERIAL_UNAPPROVED_INDICATION,
          PAYMENT_THERAPEUTIC_AREA,
          SPEAKER_PROGRAM,
          SPEAKER_PROGRAM_INDICATION,
          SPEAKER_PROGRAM_AREA);
}
