package dev.kamkit.scoring.voice;

import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.message;
import static dev.kamkit.model.explain.Param.number;
import static dev.kamkit.model.explain.Param.ref;
import static dev.kamkit.model.explain.Param.text;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * What share of voice says, as codes: our share against the competitors', whether it is above the
 * average company's, each competitor's count, why the share is unknown, what would change it, and
 * how an account compares with its peers.
 *
 * <p>{@code share}, {@code average} and {@code fair} are percentages, 0-100 with one decimal;
 * {@code account} is an account reference.
 */
public enum VoiceCode implements MessageCode {
  /**
   * The headline: our {@code share} percent of the {@code total} field interactions in the account
   * from {@code from} to {@code to}, {@code ours} of them ours.
   */
  SHARE("voice.share", number("share"), count("ours"), count("total"), date("from"), date("to")),
  /**
   * The headline when the share is unknown: {@code ours} field interactions of ours in the {@code
   * days} days to {@code to}.
   */
  SHARE_UNKNOWN("voice.share.unknown", count("ours"), count("days"), date("to")),
  /**
   * Above the average share of the {@code companies} companies active in the account, {@code fair}
   * percent: the share Veeva Business Consulting found raises the likelihood of a formulary listing
   * by 70%. A strength.
   */
  ABOVE_AVERAGE("voice.above-average", number("share"), number("fair"), count("companies")),
  /**
   * At or below the average share of the {@code companies} companies active in the account, {@code
   * fair} percent. A gap.
   */
  NOT_ABOVE_AVERAGE("voice.not-above-average", number("share"), number("fair"), count("companies")),
  /**
   * One competitor's field interactions in the period: {@code interactions}, from {@code records}
   * records of the host.
   */
  COMPETITOR("voice.competitor", text("competitor"), count("interactions"), count("records")),
  /** Unknown: the host records no competitor activity in the account. A gap. */
  UNKNOWN_NO_RECORDS("voice.unknown.no-records"),
  /**
   * Unknown: the latest competitor activity recorded ends on {@code latest}, before the window that
   * starts on {@code from}. A gap.
   */
  UNKNOWN_OUTDATED("voice.unknown.outdated", date("latest"), date("from")),
  /**
   * Unknown: neither we nor the competitors recorded had a field interaction from {@code from} to
   * {@code to}. A gap.
   */
  UNKNOWN_SILENT("voice.unknown.silent", date("from"), date("to")),
  /**
   * What would change it: {@code more} more field interactions of ours in the period would lift our
   * share above the average, {@code fair} percent.
   */
  REMEDY_MORE("voice.remedy.more", count("more"), number("fair")),
  /**
   * What would change it: competitors' field activity recorded for periods ending from {@code from}
   * to {@code to}.
   */
  REMEDY_RECORD("voice.remedy.record", date("from"), date("to")),
  /**
   * Against its {@code peers} peer accounts (same tier): {@code ours} field interactions of ours,
   * above our average there of {@code average}. A strength.
   */
  PEER_INTERACTIONS_ABOVE(
      "voice.peer.interactions-above",
      ref("account"),
      count("ours"),
      number("average"),
      count("peers")),
  /**
   * Against its {@code peers} peer accounts (same tier): {@code ours} field interactions of ours,
   * at or below our average there of {@code average}.
   */
  PEER_INTERACTIONS_NOT_ABOVE(
      "voice.peer.interactions-not-above",
      ref("account"),
      count("ours"),
      number("average"),
      count("peers")),
  /**
   * Our {@code share} percent is below our average share over the {@code peers} peer accounts whose
   * share is known, {@code average} percent. A risk: under-served.
   */
  PEER_SHARE_BELOW(
      "voice.peer.share-below", ref("account"), number("share"), number("average"), count("peers")),
  /**
   * Our {@code share} percent is at or above our average share over the {@code peers} peer accounts
   * whose share is known, {@code average} percent. A strength.
   */
  PEER_SHARE_NOT_BELOW(
      "voice.peer.share-not-below",
      ref("account"),
      number("share"),
      number("average"),
      count("peers")),
  /** The account has no peer account (none of its tier) in the portfolio. */
  NO_PEERS("voice.peer.none", ref("account")),
  /** An account of the portfolio: its {@code headline}, then how it compares with its peers. */
  PEER_ACCOUNT("voice.peer.account", ref("account"), message("headline")),
  /**
   * The portfolio headline: {@code accounts}, {@code known} of them with a known share, {@code
   * above} above the average company's share, {@code below} below our peer average share.
   */
  PORTFOLIO_HEADLINE(
      "voice.portfolio.headline",
      count("accounts"),
      count("known"),
      count("above"),
      count("below"));

  private final String code;
  private final List<Param> params;

  VoiceCode(String code, Param... params) {
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
