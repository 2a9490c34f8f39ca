package dev.kamkit.examples.embedding;

import dev.kamkit.json.KamkitModule;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.coverage.CoverageResult;
import dev.kamkit.scoring.coverage.CoverageScorer;
import java.time.LocalDate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registering kamkit's Jackson module on a host's own mapper, so kamkit values travel inside the
 * host's JSON (REST payloads, message queues) in the kamkit format.
 */
public final class HostMapper {
  private HostMapper() {}

  /** The host's mapper, with whatever else it configures, plus kamkit. */
  public static JsonMapper mapper() {
    return JsonMapper.builder().addModule(new KamkitModule()).build();
  }

  /** {@code account} as the host's mapper writes it. */
  public static String write(KeyAccount account) {
    return mapper().writeValueAsString(account);
  }

  /**
   * A card a host's REST API returns: its own type holding kamkit values. The module writes each in
   * the kamkit format (the coverage with its account, day and policy version, then as a results
   * document holds it; the potential as a money object; the id as its text), never as Jackson's
   * guess at a bean, and reads the card back.
   *
   * @param account the account
   * @param potential its annual potential
   * @param coverage its relationship coverage
   */
  public record AccountCard(AccountId account, Money potential, CoverageResult coverage) {}

  /** The card of {@code account}, with a potential from the host's CRM, as its mapper writes it. */
  public static String card(KeyAccount account, Money potential, LocalDate asOf) {
    CoverageResult coverage = CoverageScorer.withDefaults().score(account, asOf);
    return mapper()
        .writeValueAsString(new AccountCard(account.account().id(), potential, coverage));
  }

  /** An account read by the host's mapper. */
  public static KeyAccount read(String json) {
    return mapper().readValue(json, KeyAccount.class);
  }
}
