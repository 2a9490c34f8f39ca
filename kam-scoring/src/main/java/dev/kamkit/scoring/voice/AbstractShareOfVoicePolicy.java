package dev.kamkit.scoring.voice;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.engagement.Channel;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How share of voice is measured, as one versioned value. Start from {@link
 * ShareOfVoicePolicy#defaults()}:
 *
 * <pre>{@code
 * ShareOfVoicePolicy mine = ShareOfVoicePolicy.defaults()
 *     .withVersion("acme-voice-1")
 *     .withWindowDays(91)
 *     .withChannels(EnumSet.of(Channel.IN_PERSON, Channel.REMOTE));
 * }</pre>
 *
 * <p>The defaults follow Veeva Business Consulting, "Unlocking True KAM Transformation": its
 * analysis of KAM activity spans twelve months (2023 H2 to 2024 H1), and it finds that "if a pharma
 * company achieves an above-average share of voice (SOV), there is a 70% increase in likelihood
 * that its brand will be included on the formulary within an account". Above average is read as
 * above the average company's share among those active in the account: with two competitors, more
 * than a third. The paper does not say which channels it counts; all count by default, and a host
 * whose competitor figures count only calls should count only calls of its own.
 */
@Value.Immutable
public abstract class AbstractShareOfVoicePolicy {
  // Only the generated ShareOfVoicePolicy extends this: no host subclass.
  AbstractShareOfVoicePolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-share-of-voice-1";

  /** The default policy. */
  public static ShareOfVoicePolicy defaults() {
    return ShareOfVoicePolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. Results carry it. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /**
   * The window, in days up to the day judged: competitor records whose period ends in it count, and
   * our interactions are counted over the same days as theirs. Default 365: the twelve months of
   * Veeva Business Consulting's analysis in "Unlocking True KAM Transformation".
   */
  @Value.Default
  public int windowDays() {
    return 365;
  }

  /**
   * The channels of our completed interactions that count as field interactions. Default all: the
   * paper does not say; match what your competitor figures count.
   */
  @Value.Default
  public Set<Channel> channels() {
    return EnumSet.allOf(Channel.class);
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("ShareOfVoicePolicy", version())
        .nonBlank("version", version())
        .between("windowDays", windowDays(), 1, 3_660)
        .nonEmpty("channels", channels())
        .throwIfInvalid();
  }
}
