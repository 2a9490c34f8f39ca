package dev.kamkit.rules.compliance;

import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.ref;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/** The codes of the demo packs in the core's tests; their words are in the test bundle demo. */
enum DemoCode implements MessageCode {
  /** The demo pack's name. */
  NAME("demo.pack.name"),
  /** A stakeholder without a title. */
  NAMED("demo.named", ref("stakeholder")),
  /** How many stakeholders the account has. */
  NOTE("demo.note", count("stakeholders"));

  private final String code;
  private final List<Param> params;

  DemoCode(String code, Param... params) {
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

  @Override
  public String bundleName() {
    return "dev.kamkit.rules.compliance.demo";
  }
}
