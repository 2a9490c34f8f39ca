package dev.kamkit.rules.compliance.states;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The US states whose rules the pack encodes, with their two-letter postal codes. Their names for
 * people are in the package bundle ({@code Messages.in(locale).name(state)}).
 */
public enum UsState {
  /** Massachusetts: M.G.L. c.111N and 105 CMR 970. */
  MASSACHUSETTS("MA", "Massachusetts"),
  /** Minnesota: Minn. Stat. §151.461. */
  MINNESOTA("MN", "Minnesota"),
  /** New Jersey: N.J.A.C. 13:45J. */
  NEW_JERSEY("NJ", "New Jersey"),
  /** Vermont: 18 V.S.A. §§4631a, 4632. */
  VERMONT("VT", "Vermont");

  /** Each state by its postal code and by its name, in upper case: what a region is matched to. */
  private static final Map<String, UsState> BY_REGION = byRegion();

  private final String code;
  private final String regionName;

  UsState(String code, String regionName) {
    this.code = code;
    this.regionName = regionName;
  }

  /** The two-letter postal code, e.g. {@code MN}. */
  public String code() {
    return code;
  }

  /**
   * The state a region names: its postal code or its name, ignoring case and outer whitespace, e.g.
   * {@code "MN"}, {@code "mn"} or {@code "Minnesota"}. Empty for any other region, including the
   * states the pack does not encode.
   */
  public static Optional<UsState> ofRegion(String region) {
    return Optional.ofNullable(BY_REGION.get(region.strip().toUpperCase(Locale.ROOT)));
  }

  private static Map<String, UsState> byRegion() {
    Map<String, UsState> byRegion = new HashMap<>();
    for (UsState state : values()) {
      byRegion.put(state.code, state);
      byRegion.put(state.regionName.toUpperCase(Locale.ROOT), state);
    }
    return Map.copyOf(byRegion);
  }
}
