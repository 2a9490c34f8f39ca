package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.base.FactCode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The bona fide services New Jersey leaves out of its $10,000 cap from 2020, marked with {@link
 * UsStatesFacts#NJ_SERVICE_KIND}. Payments whose nature of payment is speaking at an education
 * programme need no mark: they are left out as {@link #EDUCATION_EVENT_SPEAKING}. Their names for
 * people are in the package bundle; {@link #code()} is the fact's code, not a name.
 */
public enum NjServiceKind implements FactCode {
  /** Research. */
  RESEARCH("research"),
  /** Serving on an advisory board. */
  ADVISORY_BOARD("advisory-board"),
  /** Speaking at an education event. */
  EDUCATION_EVENT_SPEAKING("education-event-speaking");

  private final String code;

  NjServiceKind(String code) {
    this.code = code;
  }

  /** The fact's code, e.g. {@code advisory-board}. */
  @Override
  public String code() {
    return code;
  }

  /** The kind with {@code code}, ignoring case and outer whitespace. */
  public static Optional<NjServiceKind> ofCode(String code) {
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.code.equals(wanted)).findFirst();
  }
}
