package dev.kamkit.model.explain.broken;

import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.text;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/** Codes whose test bundles break each rule of the message bundle contract once. */
public enum BrokenCode implements MessageCode {
  FINE("broken.fine", count("count")),
  MISSING_IN_GERMAN("broken.missing-in-german"),
  LONE_APOSTROPHE("broken.lone-apostrophe", text("name")),
  OTHER_ARGS("broken.other-args", text("name"), count("count")),
  UNKNOWN_ARG("broken.unknown-arg", text("name")),
  ENGLISH_LEFT("broken.english-left"),
  UNWORDED("broken.unworded", text("name"), count("count")),
  NOT_DOTTED("Broken_Code"),
  TWICE("broken.fine");

  private final String code;
  private final List<Param> params;

  BrokenCode(String code, Param... params) {
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

  /** An enum one of whose constants has no display name. */
  public enum Colour {
    NAMED,
    UNNAMED
  }
}
