package dev.kamkit.scoring.voice;

import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One account's share of voice against its peers in a portfolio: the other accounts of its tier.
 * Our field interactions there against our average over them, and, where its share and theirs are
 * known, its share against our average share over them.
 */
@Value.Immutable
public abstract class AbstractPeerVoice {
  // Only the generated PeerVoice extends this: no host subclass.
  AbstractPeerVoice() {}

  /** The account's own result. */
  public abstract ShareOfVoiceResult result();

  /** The account. */
  public AccountId account() {
    return result().account();
  }

  /** The other accounts of its tier in the portfolio. */
  public abstract int peers();

  /**
   * Our average field interactions over the peers, each counted in its own window, one decimal,
   * half-even; empty without peers.
   */
  public abstract Optional<BigDecimal> peerAverageInteractions();

  /** The peers whose share is known. */
  public abstract int peersKnown();

  /**
   * Our average share over the peers whose share is known, 0-100 with one decimal, half-even: the
   * mean of their shares as stated; empty when none is known.
   */
  public abstract Optional<BigDecimal> peerAverageShare();

  /** True if its share is known and below our average share over its peers. */
  public boolean belowPeerShare() {
    return result().share().isPresent()
        && peerAverageShare().isPresent()
        && result().share().get().compareTo(peerAverageShare().get()) < 0;
  }

  /** How it compares with its peers: interactions, then share where known. */
  public abstract List<Reason> reasons();
}
