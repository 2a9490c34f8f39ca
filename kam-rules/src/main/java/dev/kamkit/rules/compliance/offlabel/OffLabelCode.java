package dev.kamkit.rules.compliance.offlabel;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.list;
import static dev.kamkit.model.explain.Param.message;
import static dev.kamkit.model.explain.Param.ref;
import static dev.kamkit.model.explain.Param.text;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * What the off-label pack's findings say. Where a rule covers a named indication and a product as a
 * whole (no indication named, or a brand-only piece), each is its own code: an indication not
 * approved there is another situation than a product with no approval in force at all.
 *
 * <p>Common arguments: {@code interaction} the interaction; {@code people} our commercial
 * participants, in id order; {@code product} and {@code indication} the use concerned; {@code
 * country} the account's country, the jurisdiction, as recorded; {@code date} the day judged.
 */
public enum OffLabelCode implements MessageCode {
  /** The pack's name, for people: {@code RulePack.name()}. */
  PACK_NAME("offlabel.pack.name"),

  /**
   * A commercial interaction discussed a named indication not approved in the jurisdiction on its
   * day (rule {@code offlabel.interaction.unapproved-indication}).
   */
  INTERACTION_UNAPPROVED_INDICATION(
      "offlabel.interaction.unapproved-indication",
      ref("interaction"),
      list("people"),
      ref("product"),
      ref("indication"),
      text("country"),
      date("date")),
  /**
   * A commercial interaction discussed, naming no indication, a product with no approval in force
   * in the jurisdiction on its day (rule {@code offlabel.interaction.unapproved-product}).
   */
  INTERACTION_UNAPPROVED_PRODUCT(
      "offlabel.interaction.unapproved-product",
      ref("interaction"),
      list("people"),
      ref("product"),
      text("country"),
      date("date")),
  /**
   * Commercial participants were in an interaction answering an unsolicited request about a named
   * indication not approved there (rule {@code offlabel.interaction.commercial-answered-request}).
   */
  ANSWERED_REQUEST_INDICATION(
      "offlabel.interaction.commercial-answered-request.indication",
      ref("interaction"),
      list("people"),
      ref("product"),
      ref("indication"),
      text("country"),
      date("date")),
  /**
   * Commercial participants were in an interaction answering an unsolicited request about a product
   * with no approval in force there (rule {@code
   * offlabel.interaction.commercial-answered-request}).
   */
  ANSWERED_REQUEST_PRODUCT(
      "offlabel.interaction.commercial-answered-request.product",
      ref("interaction"),
      list("people"),
      ref("product"),
      text("country"),
      date("date")),
  /**
   * A medical interaction discussed a named indication not approved there with no logged
   * unsolicited request (rule {@code offlabel.interaction.no-unsolicited-request}).
   */
  NO_REQUEST_INDICATION(
      "offlabel.interaction.no-unsolicited-request.indication",
      ref("interaction"),
      ref("product"),
      ref("indication"),
      text("country"),
      date("date")),
  /**
   * A medical interaction discussed a product with no approval in force there with no logged
   * unsolicited request (rule {@code offlabel.interaction.no-unsolicited-request}).
   */
  NO_REQUEST_PRODUCT(
      "offlabel.interaction.no-unsolicited-request.product",
      ref("interaction"),
      ref("product"),
      text("country"),
      date("date")),
  /**
   * A medical speaker programme logged as answering an unsolicited request discussed a named
   * indication not approved there; {@code topic} is the programme's topic as recorded (rule {@code
   * offlabel.speaker-program.unapproved}).
   */
  SPEAKER_PROGRAM_INDICATION(
      "offlabel.speaker-program.unapproved.indication",
      ref("interaction"),
      text("topic"),
      ref("product"),
      ref("indication"),
      text("country"),
      date("date")),
  /**
   * A medical speaker programme logged as answering an unsolicited request discussed a product with
   * no approval in force there (rule {@code offlabel.speaker-program.unapproved}).
   */
  SPEAKER_PROGRAM_PRODUCT(
      "offlabel.speaker-program.unapproved.product",
      ref("interaction"),
      text("topic"),
      ref("product"),
      text("country"),
      date("date")),
  /**
   * A whitespace cell that counts (not "not indicated") names an indication not approved there on
   * the day judged; {@code unit} is the clinical unit, {@code status} the cell's status (rule
   * {@code offlabel.whitespace.unapproved}).
   */
  WHITESPACE_INDICATION(
      "offlabel.whitespace.unapproved.indication",
      ref("product"),
      ref("unit"),
      choice("status"),
      ref("indication"),
      text("country"),
      date("date")),
  /**
   * A whitespace cell that counts names no indication, and its product has no approval in force
   * there on the day judged (rule {@code offlabel.whitespace.unapproved}).
   */
  WHITESPACE_PRODUCT(
      "offlabel.whitespace.unapproved.product",
      ref("product"),
      ref("unit"),
      choice("status"),
      text("country"),
      date("date")),
  /**
   * A live plan objective targets a named indication not approved there on the day judged (rule
   * {@code offlabel.objective.unapproved}).
   */
  OBJECTIVE_INDICATION(
      "offlabel.objective.unapproved.indication",
      ref("objective"),
      ref("product"),
      ref("indication"),
      text("country"),
      date("date")),
  /**
   * A live plan objective targets, naming no indication, a product with no approval in force there
   * on the day judged (rule {@code offlabel.objective.unapproved}).
   */
  OBJECTIVE_PRODUCT(
      "offlabel.objective.unapproved.product",
      ref("objective"),
      ref("product"),
      text("country"),
      date("date")),
  /**
   * A live plan objective targets {@code product}, naming no indication, in the clinical {@code
   * unit} whose recorded {@code specialty} fits none of the product's therapeutic {@code areas}
   * approved there on the day judged, in order (rule {@code offlabel.objective.unit-specialty}).
   */
  OBJECTIVE_UNIT_SPECIALTY(
      "offlabel.objective.unit-specialty",
      ref("objective"),
      ref("product"),
      ref("unit"),
      text("specialty"),
      list("areas"),
      text("country"),
      date("date")),
  /**
   * A live plan objective targets {@code product} in the clinical {@code unit} whose whitespace
   * cell marks it not indicated (rule {@code offlabel.objective.unit-not-indicated}).
   */
  OBJECTIVE_UNIT_NOT_INDICATED(
      "offlabel.objective.unit-not-indicated", ref("objective"), ref("product"), ref("unit")),
  /**
   * A commercial interaction used a promotional material before review approved it; {@code
   * material} is the material as {@link #MATERIAL} or {@link #MATERIAL_REVIEWED} names it, {@code
   * approved} the day review approved it (rule {@code offlabel.material.unusable}).
   */
  MATERIAL_NOT_YET_APPROVED(
      "offlabel.material.unusable.not-yet-approved",
      ref("interaction"),
      list("people"),
      message("material"),
      date("date"),
      date("approved")),
  /**
   * A commercial interaction used a promotional material on or after the day it was withdrawn (rule
   * {@code offlabel.material.unusable}).
   */
  MATERIAL_WITHDRAWN(
      "offlabel.material.unusable.withdrawn",
      ref("interaction"),
      list("people"),
      message("material"),
      date("date"),
      date("withdrawn")),
  /**
   * A commercial interaction used a promotional material after its expiry day (rule {@code
   * offlabel.material.unusable}).
   */
  MATERIAL_EXPIRED(
      "offlabel.material.unusable.expired",
      ref("interaction"),
      list("people"),
      message("material"),
      date("date"),
      date("expired")),
  /**
   * A commercial interaction used a promotional material claiming an indication not approved there
   * on its day (rule {@code offlabel.material.unapproved-indication}).
   */
  MATERIAL_UNAPPROVED_INDICATION(
      "offlabel.material.unapproved-indication",
      ref("interaction"),
      list("people"),
      message("material"),
      ref("product"),
      ref("indication"),
      text("country"),
      date("date")),
  /**
   * A commercial interaction used a brand-only promotional material for a product with no approval
   * in force there on its day (rule {@code offlabel.material.unapproved-indication}).
   */
  MATERIAL_UNAPPROVED_PRODUCT(
      "offlabel.material.unapproved-product",
      ref("interaction"),
      list("people"),
      message("material"),
      ref("product"),
      text("country"),
      date("date")),
  /**
   * A payment records a therapeutic area while none of its related products of ours has an approved
   * indication there on the payment date; {@code area} is the area as recorded, {@code products}
   * our related products (rule {@code offlabel.payment.therapeutic-area}).
   */
  PAYMENT_AREA_NONE_APPROVED(
      "offlabel.payment.therapeutic-area.none-approved",
      ref("transfer"),
      date("date"),
      text("area"),
      list("products"),
      text("country")),
  /**
   * A payment records a therapeutic area that is not the area of any indication of its related
   * products approved there on the payment date; {@code areas} are the approved ones, in order
   * (rule {@code offlabel.payment.therapeutic-area}).
   */
  PAYMENT_AREA_UNMATCHED(
      "offlabel.payment.therapeutic-area.unmatched",
      ref("transfer"),
      date("date"),
      text("area"),
      list("products"),
      text("country"),
      list("areas")),
  /**
   * A speaker programme covers an indication of one of its products that has no approval in the
   * jurisdiction, before, on or after the programme's day; {@code topic} is the programme's topic
   * as recorded (rule {@code offlabel.speaker-program.indication}).
   */
  SPEAKER_PROGRAM_UNAPPROVED(
      "offlabel.speaker-program.indication.unapproved",
      ref("interaction"),
      text("topic"),
      ref("product"),
      ref("indication"),
      text("country"),
      date("date")),
  /**
   * A speaker programme covers an indication approved in the jurisdiction only after the
   * programme's day; {@code approved} is the soonest such approval (rule {@code
   * offlabel.speaker-program.indication}).
   */
  SPEAKER_PROGRAM_NOT_YET_APPROVED(
      "offlabel.speaker-program.indication.not-yet-approved",
      ref("interaction"),
      text("topic"),
      ref("product"),
      ref("indication"),
      text("country"),
      date("date"),
      date("approved")),
  /**
   * A speaker programme covers an indication whose approval in the jurisdiction was withdrawn on or
   * before the programme's day; {@code withdrawn} is the latest such withdrawal (rule {@code
   * offlabel.speaker-program.indication}).
   */
  SPEAKER_PROGRAM_WITHDRAWN(
      "offlabel.speaker-program.indication.withdrawn",
      ref("interaction"),
      text("topic"),
      ref("product"),
      ref("indication"),
      text("country"),
      date("date"),
      date("withdrawn")),
  /**
   * A speaker programme records a therapeutic area while none of its products of ours has an
   * approved indication in the jurisdiction on its day; {@code area} is the area as recorded,
   * {@code products} its products of ours (rule {@code offlabel.speaker-program.therapeutic-area}).
   */
  SPEAKER_PROGRAM_AREA_NONE_APPROVED(
      "offlabel.speaker-program.therapeutic-area.none-approved",
      ref("interaction"),
      text("topic"),
      date("date"),
      text("area"),
      list("products"),
      text("country")),
  /**
   * A speaker programme records a therapeutic area that is not the area of any indication of its
   * products approved there on its day; {@code areas} are the approved ones, in order (rule {@code
   * offlabel.speaker-program.therapeutic-area}).
   */
  SPEAKER_PROGRAM_AREA_UNMATCHED(
      "offlabel.speaker-program.therapeutic-area.unmatched",
      ref("interaction"),
      text("topic"),
      date("date"),
      text("area"),
      list("products"),
      text("country"),
      list("areas")),
  /** Names a promotional material in findings by its title, when it has no review code. */
  MATERIAL("offlabel.material.name", ref("material")),
  /** Names a promotional material in findings by its title and its review code. */
  MATERIAL_REVIEWED("offlabel.material.name.reviewed", ref("material"), text("reviewCode"));

  private final String code;
  private final List<Param> params;

  OffLabelCode(String code, Param... params) {
    this.code = code;
    this.params = List.of(params);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public List<Param> params() {
    return params;
  }
}
