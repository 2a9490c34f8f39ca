package dev.kamkit.scoring;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.message;
import static dev.kamkit.model.explain.Param.number;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/** The lines every explained {@link Score} is worded with, whatever it scores. */
public enum ScoreCode implements MessageCode {
  /** The headline: the score's title and its value out of 100. */
  HEADLINE("score.headline", message("title"), number("value")),
  /** A component that applies: its label, the points it contributes and its weight. */
  COMPONENT("score.component", message("label"), number("contribution"), number("weight")),
  /** A component that does not apply to this account. */
  COMPONENT_NOT_APPLICABLE("score.component.not-applicable", message("label")),
  /** One reason under a component: its effect and what it says. */
  REASON("score.reason", choice("effect"), message("reason")),
  /** A violation: a component that does not apply has a weight other than zero. */
  COMPONENT_WEIGHT_NOT_APPLICABLE("score.component.weight-not-applicable");

  private final String code;
  private final List<Param> params;

  ScoreCode(String code, Param... params) {
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
