package dev.kamkit.examples.embedding;

import dev.kamkit.json.KamkitModule;
import dev.kamkit.model.KeyAccount;
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

  /** An account read by the host's mapper. */
  public static KeyAccount read(String json) {
    return mapper().readValue(json, KeyAccount.class);
  }
}
