/**
 * The four account scores (coverage, completeness, health, whitespace), each with its versioned
 * policy and a result that explains itself. Results name model types in their signatures, so a host
 * that reads this module reads {@code dev.kamkit.model} too.
 */
@SuppressWarnings({
  "requires-automatic",
  "requires-transitive-automatic"
}) // Immutables: see dev.kamkit.model
module dev.kamkit.scoring {
  requires transitive dev.kamkit.model;
  requires static transitive org.immutables.value.annotations;

  exports dev.kamkit.scoring;
  exports dev.kamkit.scoring.committee;
  exports dev.kamkit.scoring.completeness;
  exports dev.kamkit.scoring.coverage;
  exports dev.kamkit.scoring.health;
  exports dev.kamkit.scoring.pipeline;
  exports dev.kamkit.scoring.voice;
  exports dev.kamkit.scoring.whitespace;
}
