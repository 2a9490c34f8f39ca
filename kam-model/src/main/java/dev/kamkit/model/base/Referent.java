package dev.kamkit.model.base;

/**
 * The kind of model object a reference inside a key account points at: the argument of {@link
 * ModelCode#UNKNOWN_REFERENCE}, so that a host can tell a dangling stakeholder id from a dangling
 * team member id without reading words.
 *
 * <p>Its display names are worded to stand where that message puts them: in English and French with
 * the indefinite article, in German in the accusative with its article.
 */
public enum Referent {
  /** A stakeholder of the account. */
  STAKEHOLDER,
  /** A member of our account team. */
  TEAM_MEMBER,
  /** A decision body of the account: a P&amp;T committee, a value analysis committee. */
  DECISION_BODY,
  /** A site of care of the account. */
  SITE,
  /** A clinical unit at one of the account's sites. */
  CLINICAL_UNIT,
  /** A product the account's data refers to. */
  PRODUCT,
  /** An objective of the account plan. */
  OBJECTIVE,
  /** A need of the account recorded in the plan. */
  ACCOUNT_NEED,
  /** An action of the account plan. */
  ACTION,
  /** An interaction with the account. */
  INTERACTION,
  /** A promotional material approved for use with the account. */
  PROMOTIONAL_MATERIAL,
  /** A service agreement with a provider in the account. */
  SERVICE_AGREEMENT,
  /** An opportunity in the account's pipeline. */
  OPPORTUNITY
}
