/**
 * The key-account model: immutable aggregates (accounts, stakeholders, plans, portfolios), typed
 * ids, the field's taxonomies and results as data ({@link dev.kamkit.model.explain}). No I/O.
 *
 * <p>Immutables' and JSpecify's annotations are needed only to compile ({@code static}); both
 * appear on the API's types, so a host that compiles against this module reads them too ({@code
 * transitive}) and its compiler sees no missing annotation classes.
 */
@SuppressWarnings({
  "requires-automatic",
  "requires-transitive-automatic"
}) // Immutables publishes no module descriptor
module dev.kamkit.model {
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports dev.kamkit.model;
  exports dev.kamkit.model.account;
  exports dev.kamkit.model.base;
  exports dev.kamkit.model.committee;
  exports dev.kamkit.model.engagement;
  exports dev.kamkit.model.explain;
  exports dev.kamkit.model.id;
  exports dev.kamkit.model.pipeline;
  exports dev.kamkit.model.plan;
  exports dev.kamkit.model.portfolio;
  exports dev.kamkit.model.stakeholder;
  exports dev.kamkit.model.team;
}
