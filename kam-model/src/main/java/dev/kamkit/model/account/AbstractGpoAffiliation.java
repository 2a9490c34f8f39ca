package dev.kamkit.model.account;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.AccountId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** An account's membership of a group purchasing organisation, and at which commitment tier. */
@Value.Immutable
public abstract class AbstractGpoAffiliation {
  // Only the generated GpoAffiliation extends this: no host subclass.
  AbstractGpoAffiliation() {}

  /** The GPO's name, for example {@code "Vizient"}. */
  public abstract String gpoName();

  /** The GPO as an account in the portfolio, where the host tracks it as one. */
  public abstract Optional<AccountId> gpoAccount();

  /** Committed or non-committed tier. */
  public abstract GpoCommitment commitment();

  /** When the affiliation started, where known. */
  public abstract Optional<LocalDate> since();

  /** When it ends or ended, where known. */
  public abstract Optional<LocalDate> until();

  @Value.Check
  protected void check() {
    ModelCheck.of("GpoAffiliation", gpoName())
        .nonBlank("gpoName", gpoName())
        .notBefore("until", until(), "since", since())
        .throwIfInvalid();
  }
}
