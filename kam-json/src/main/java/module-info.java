/**
 * The kamkit JSON format on Jackson 3: {@code KamJson} reads and writes account, portfolio and
 * results documents; {@code KamkitModule} plugs the same (de)serializers into a host's own {@code
 * JsonMapper}, and is found by {@code findAndAddModules()} through the service it provides.
 *
 * <p>The (de)serializer packages are not exported: only the module registers them.
 */
@SuppressWarnings({
  "requires-automatic",
  "requires-transitive-automatic"
}) // Immutables: see dev.kamkit.model
module dev.kamkit.json {
  requires transitive dev.kamkit.rules;
  requires transitive tools.jackson.databind;
  requires static transitive org.immutables.value.annotations;

  exports dev.kamkit.json;
  exports dev.kamkit.json.format;

  provides tools.jackson.databind.JacksonModule with
      dev.kamkit.json.KamkitModule;
}
