package dev.kamkit.scoring.voice;

import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.Percent;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The share of voice of one account on one day: our field interactions against the competitors' the
 * host knows of, over the same days, whether our share is above the average company's, and what
 * would change it; or, when the host records no competitor activity for the window, our
 * interactions in the window and why the share is unknown.
 *
 * <p>The period compared runs from the first day of the earliest competitor record that counts to
 * the last day of the latest (records count when their period ends within the policy's window); our
 * interactions are counted over exactly those days. {@link #explain()} words it in English, {@link
 * #explain(java.util.Locale)} in German or French.
 */
@Value.Immutable
public abstract class AbstractShareOfVoiceResult implements AccountResult {
  // Only the generated ShareOfVoiceResult extends this: no host subclass.
  AbstractShareOfVoiceResult() {}

  /** The account judged. */
  @Override
  public abstract AccountId account();

  /** The account's tier, which makes its peers in a portfolio; absent for an untiered account. */
  public abstract Optional<AccountTier> tier();

  /** The day judged; nothing after it counts. */
  @Override
  public abstract LocalDate asOf();

  /** The policy it was judged by. */
  public abstract ShareOfVoicePolicy policy();

  /** The version of the policy. */
  @Override
  public String policyVersion() {
    return policy().version();
  }

  /** The first day of the period compared: the window's first day when the share is unknown. */
  public abstract LocalDate start();

  /** The last day of the period compared: the day judged when the share is unknown. */
  public abstract LocalDate end();

  /**
   * Our completed field interactions (in the policy's channels) from {@link #start()} to {@link
   * #end()}.
   */
  public abstract int ours();

  /**
   * Our completed field interactions in the policy's window, the days up to the day judged: what
   * peer accounts are compared by, each over the same span.
   */
  public abstract int inWindow();

  /**
   * The competitors whose records count, by name; empty when the share is unknown because none
   * does.
   */
  public abstract List<CompetitorVoice> competitors();

  /** Why: the share and its verdict, or why it is unknown. */
  public abstract List<Reason> reasons();

  /** What would change it: more interactions of ours, or competitor activity recorded. */
  public abstract List<Message> remedies();

  /** The competitors' field interactions in the period, summed. */
  public int theirs() {
    return competitors().stream().mapToInt(CompetitorVoice::interactions).sum();
  }

  /** Ours and theirs. */
  public int total() {
    return ours() + theirs();
  }

  /** True if competitor activity counts and someone had a field interaction in the period. */
  public boolean known() {
    return !competitors().isEmpty() && total() > 0;
  }

  /**
   * Our share of the field interactions in the period, 0-100 with one decimal, half-even; empty
   * when it is unknown.
   */
  public Optional<BigDecimal> share() {
    return known() ? Percent.of(ours(), total()) : Optional.empty();
  }

  /** The companies active in the account in the period: we and each competitor recorded. */
  public int companies() {
    return competitors().size() + 1;
  }

  /**
   * The average company's share, 100 over {@link #companies()}, 0-100 with one decimal; empty when
   * the share is unknown.
   */
  public Optional<BigDecimal> fairShare() {
    return known() ? Percent.of(1, companies()) : Optional.empty();
  }

  /**
   * True if our share is known and above the average company's (compared exactly, not rounded): the
   * above-average share of voice Veeva Business Consulting ties to formulary inclusion.
   */
  public boolean aboveAverage() {
    return known() && (long) ours() * companies() > total();
  }

  /**
   * The fewest more field interactions of ours in the period that would lift the share above the
   * average company's; zero when it is above already, empty when the share is unknown.
   */
  public Optional<Integer> toAboveAverage() {
    if (!known()) {
      return Optional.empty();
    }
    // ours + n above (ours + n + theirs) / companies: (ours + n) * (companies - 1) > theirs
    int more = theirs() / (companies() - 1) + 1 - ours();
    return Optional.of(Math.max(0, more));
  }

  /** The headline, then the reasons, each competitor's count, and what would change it. */
  @Override
  public Explanation explanation() {
    List<Explanation> lines = new ArrayList<>();
    reasons().forEach(r -> lines.add(Explanation.of(r.line())));
    for (CompetitorVoice c : competitors()) {
      lines.add(
          Explanation.of(
              Message.of(
                  VoiceCode.COMPETITOR,
                  Arg.text(c.competitor()),
                  Arg.of(c.interactions()),
                  Arg.of(c.records()))));
    }
    remedies().forEach(m -> lines.add(Explanation.of(m)));
    return Explanation.of(headline(), lines);
  }

  /** The share in the period, or our interactions in the window when it is unknown. */
  public Message headline() {
    return share()
        .map(
            s ->
                Message.of(
                    VoiceCode.SHARE,
                    Arg.of(s),
                    Arg.of(ours()),
                    Arg.of(total()),
                    Arg.of(start()),
                    Arg.of(end())))
        .orElseGet(
            () ->
                Message.of(
                    VoiceCode.SHARE_UNKNOWN,
                    Arg.of(ours()),
                    Arg.of(policy().windowDays()),
                    Arg.of(end())));
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("ShareOfVoiceResult", account())
        .notNegative("ours", ours())
        .notNegative("inWindow", inWindow())
        .notBefore("end", end(), "start", start())
        .throwIfInvalid();
  }
}
