package dev.kamkit.model.explain.sample;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.list;
import static dev.kamkit.model.explain.Param.message;
import static dev.kamkit.model.explain.Param.money;
import static dev.kamkit.model.explain.Param.number;
import static dev.kamkit.model.explain.Param.ref;
import static dev.kamkit.model.explain.Param.text;
import static dev.kamkit.model.explain.Param.year;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/** Codes of every argument kind, worded in a test bundle, to test the renderer. */
public enum SampleCode implements MessageCode {
  RETIRING("sample.retiring", ref("stakeholder"), date("date")),
  RELATIONSHIPS("sample.relationships", count("count")),
  POINTS("sample.points", number("points")),
  SPEND("sample.spend", money("amount"), year("year")),
  ROLE("sample.role", choice("role")),
  QUOTE("sample.quote", message("reason")),
  NAMES("sample.names", list("names")),
  COMPETITOR("sample.competitor", text("name")),
  MID_SENTENCE("sample.mid-sentence", choice("role"), choice("committee"), choice("other")),
  ASK("sample.ask", text("name"), list("roles"));

  private final String code;
  private final List<Param> params;

  SampleCode(String code, Param... params) {
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

  /** An enum whose constants the sample bundle names. */
  public enum Role {
    ECONOMIC_BUYER,
    PT_COMMITTEE,
    GPO,
    UNKNOWN
  }
}
