package dev.kamkit.scoring.sample;

import static dev.kamkit.model.explain.Param.ref;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/** A score's title, labels and one reason, worded in a test bundle, to test the score's layout. */
public enum SampleScoreCode implements MessageCode {
  TITLE("sample.title"),
  ROLES("sample.roles"),
  COMMITTEES("sample.committees"),
  DEPTH("sample.depth"),
  UNHELD("sample.unheld", ref("stakeholder"));

  private final String code;
  private final List<Param> params;

  SampleScoreCode(String code, Param... params) {
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
