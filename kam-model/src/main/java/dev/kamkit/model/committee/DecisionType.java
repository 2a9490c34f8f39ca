package dev.kamkit.model.committee;

/** A kind of decision a decision body makes; used to track which decisions are made where. */
public enum DecisionType {
  /** Adding, restricting or removing a product on the formulary. */
  FORMULARY_LISTING,
  /** Standardising on one product of a class across sites. */
  PRODUCT_STANDARDISATION,
  /** Awarding or renewing a contract. */
  CONTRACT_AWARD,
  /** Approving a capital purchase such as equipment. */
  CAPITAL_PURCHASE,
  /** Adopting a treatment protocol, order set or clinical pathway. */
  CLINICAL_PROTOCOL,
  /** Launching or funding a programme such as a population-health initiative. */
  PROGRAMME_FUNDING
}
