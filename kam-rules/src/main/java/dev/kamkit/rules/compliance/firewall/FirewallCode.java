package dev.kamkit.rules.compliance.firewall;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.list;
import static dev.kamkit.model.explain.Param.ref;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * What the firewall pack's findings and {@link AccountVisibility}'s withheld summaries say. A team
 * member is named by a {@code member} reference and their {@code function} ({@link
 * dev.kamkit.model.team.TeamFunction}), so the reader knows whom to ask.
 */
public enum FirewallCode implements MessageCode {
  /** The pack's name, for people: {@code RulePack.name()}. */
  PACK_NAME("firewall.pack.name"),

  /**
   * A medical team member still on the team works under sales-based incentives; {@code incentives}
   * lists them ({@link dev.kamkit.model.team.Incentive}), in order (rule {@code
   * firewall.member.sales-incentive}).
   */
  SALES_INCENTIVE(
      "firewall.member.sales-incentive", ref("member"), choice("function"), list("incentives")),
  /**
   * A medical objective is owned by a commercial team member (rule {@code
   * firewall.objective.commercial-owner}).
   */
  OBJECTIVE_COMMERCIAL_OWNER(
      "firewall.objective.commercial-owner", ref("objective"), ref("member"), choice("function")),
  /**
   * A medical objective is directed by a commercial team member (rule {@code
   * firewall.objective.commercial-direction}).
   */
  OBJECTIVE_COMMERCIAL_DIRECTION(
      "firewall.objective.commercial-direction",
      ref("objective"),
      ref("member"),
      choice("function")),
  /**
   * A medical team member works a target list built by a commercial one, {@code builder} with
   * {@code builderFunction} (rule {@code firewall.target-list.sales-built}).
   */
  SALES_BUILT_TARGET_LIST(
      "firewall.target-list.sales-built",
      ref("member"),
      choice("function"),
      ref("list"),
      ref("builder"),
      choice("builderFunction")),
  /**
   * A medical team member joined an interaction with commercial participants {@code people} that
   * was promotional for the {@code signs} given ({@link PromotionalSign}, in order) (rule {@code
   * firewall.interaction.medical-on-promotional-call}).
   */
  MEDICAL_ON_PROMOTIONAL_CALL(
      "firewall.interaction.medical-on-promotional-call",
      ref("member"),
      choice("function"),
      ref("interaction"),
      date("date"),
      list("people"),
      list("signs")),
  /**
   * What a commercial viewer sees of the interactions medical affairs held alone: how many, and the
   * {@code stakeholders} they were with ({@link WithheldKind#MEDICAL_INTERACTIONS}).
   */
  WITHHELD_INTERACTIONS("firewall.withheld.interactions", count("count"), list("stakeholders")),
  /**
   * How many transfers of value a commercial viewer sees without their link to a withheld medical
   * interaction ({@link WithheldKind#TRANSFER_LINKS}).
   */
  WITHHELD_TRANSFER_LINKS("firewall.withheld.transfer-links", count("count")),
  /**
   * How many target lists built by medical were withheld from a commercial viewer ({@link
   * WithheldKind#MEDICAL_TARGET_LISTS}).
   */
  WITHHELD_TARGET_LISTS("firewall.withheld.target-lists", count("count"));

  private final String code;
  private final List<Param> params;

  FirewallCode(String code, Param... params) {
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
