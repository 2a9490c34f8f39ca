package dev.kamkit.scoring.voice;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.PortfolioResult;
import dev.kamkit.model.id.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Share of voice across a portfolio: each account's result under one policy on one day, set against
 * its peers (the other accounts of its tier). Make one with {@link
 * ShareOfVoice#rollUp(java.util.Collection)} or {@link ShareOfVoice#assess}.
 */
@Value.Immutable
public abstract class AbstractShareOfVoicePortfolioResult implements PortfolioResult {
  // Only the generated ShareOfVoicePortfolioResult extends this: no host subclass.
  AbstractShareOfVoicePortfolioResult() {}

  /** The day judged. */
  @Override
  public abstract LocalDate asOf();

  /** The policy every account was judged by. */
  public abstract ShareOfVoicePolicy policy();

  /** The version of the policy. */
  @Override
  public String policyVersion() {
    return policy().version();
  }

  /** Each account against its peers, in account id order. */
  public abstract List<PeerVoice> accounts();

  /** The account with the given id, if the portfolio has it. */
  public Optional<PeerVoice> account(AccountId id) {
    return accounts().stream().filter(a -> a.account().equals(id)).findFirst();
  }

  /** The accounts whose share is below our average share over their peers, in account id order. */
  public List<PeerVoice> belowPeerShare() {
    return accounts().stream().filter(PeerVoice::belowPeerShare).toList();
  }

  /** The headline, then each account's headline with how it compares with its peers. */
  @Override
  public Explanation explanation() {
    List<Explanation> lines = new ArrayList<>();
    for (PeerVoice a : accounts()) {
      List<Explanation> details = new ArrayList<>();
      a.reasons().forEach(r -> details.add(Explanation.of(r.line())));
      lines.add(
          Explanation.of(
              Message.of(
                  VoiceCode.PEER_ACCOUNT, Arg.of(a.account()), Arg.of(a.result().headline())),
              details));
    }
    long known = accounts().stream().filter(a -> a.result().known()).count();
    long above = accounts().stream().filter(a -> a.result().aboveAverage()).count();
    return Explanation.of(
        Message.of(
            VoiceCode.PORTFOLIO_HEADLINE,
            Arg.of(accounts().size()),
            Arg.of(known),
            Arg.of(above),
            Arg.of(belowPeerShare().size())),
        lines);
  }
}
