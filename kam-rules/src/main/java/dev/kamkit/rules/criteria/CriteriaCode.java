package dev.kamkit.rules.criteria;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.message;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/** The lines every explained {@link CriterionResult} is worded with, whatever it judges. */
public enum CriteriaCode implements MessageCode {
  /**
   * A criterion's title: the display name of the criterion it judges, for example a {@code
   * MaturityCriterion} or a {@code SamPractice}. See {@link CriterionResult#titleOf(Enum)}.
   */
  TITLE("criterion.title", choice("criterion")),
  /** A criterion judged without reasons: its outcome and title. */
  LINE("criterion.line", choice("outcome"), message("title")),
  /** A criterion judged with reasons: its outcome, title and reasons (see {@link #AND_THEN}). */
  LINE_WITH_REASONS("criterion.line.reasons", choice("outcome"), message("title"), message("why")),
  /**
   * Two or more things said in a row, each after the one before: the first, then the rest (itself a
   * sequence when there are more than two). See {@link Texts#inSequence(List)}.
   */
  AND_THEN("criterion.and-then", message("first"), message("then"));

  private final String code;
  private final List<Param> params;

  CriteriaCode(String code, Param... params) {
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
