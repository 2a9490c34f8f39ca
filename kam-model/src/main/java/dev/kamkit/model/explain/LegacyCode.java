package dev.kamkit.model.explain;

import java.util.List;

/** The code of a {@link Message#legacy legacy} message, whose one argument is its English text. */
record LegacyCode(String code) implements MessageCode {
  private static final List<Param> TEXT = List.of(Param.text("text"));

  @Override
  public List<Param> params() {
    return TEXT;
  }
}
