package dev.kamkit.rules.evaluation;

import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.list;
import static dev.kamkit.model.explain.Param.ref;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/** The lines an evaluation is explained with, around the explanations of its parts. */
public enum EvaluationCode implements MessageCode {
  /** The headline of an account's evaluation: the account and the day. */
  ACCOUNT("evaluation.account", ref("account"), date("asOf")),
  /** The headline of a portfolio's evaluation: how many accounts, and the day. */
  PORTFOLIO("evaluation.portfolio", count("accounts"), date("asOf")),
  /** The line above who to engage next, best first; {@code count} of them. */
  NEXT_STAKEHOLDERS("evaluation.next-stakeholders", count("count")),
  /** The line above what each of our people would take away by leaving; {@code count} of them. */
  TURNOVER_EXPOSURE("evaluation.turnover-exposure", count("count")),
  /**
   * The portfolio's pipeline: the accounts' {@code open} pipelines and their {@code weighted}
   * values, each a list of amounts, one per currency (amounts are not converted).
   */
  PIPELINE("evaluation.pipeline", list("open"), list("weighted")),
  /** The line above the findings about the compliance policies; {@code count} of them. */
  CONFIGURATION("evaluation.configuration", count("count"));

  private final String code;
  private final List<Param> params;

  EvaluationCode(String code, Param... params) {
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
