/**
 * The rules: tiering, maturity, engagement model, the compliance packs and the one evaluator
 * ({@code dev.kamkit.rules.evaluation.Kamkit}) that runs them with the scores. Its results carry
 * model and scoring types, so both are read transitively.
 */
@SuppressWarnings({
  "requires-automatic",
  "requires-transitive-automatic"
}) // Immutables: see dev.kamkit.model
module dev.kamkit.rules {
  requires transitive dev.kamkit.model;
  requires transitive dev.kamkit.scoring;
  requires static transitive org.immutables.value.annotations;

  exports dev.kamkit.rules.compliance;
  exports dev.kamkit.rules.compliance.conduct;
  exports dev.kamkit.rules.compliance.efpia;
  exports dev.kamkit.rules.compliance.firewall;
  exports dev.kamkit.rules.compliance.france;
  exports dev.kamkit.rules.compliance.offlabel;
  exports dev.kamkit.rules.compliance.openpayments;
  exports dev.kamkit.rules.compliance.rationale;
  exports dev.kamkit.rules.compliance.states;
  exports dev.kamkit.rules.compliance.uk;
  exports dev.kamkit.rules.criteria;
  exports dev.kamkit.rules.engagement;
  exports dev.kamkit.rules.evaluation;
  exports dev.kamkit.rules.maturity;
  exports dev.kamkit.rules.review;
  exports dev.kamkit.rules.tiering;
}
