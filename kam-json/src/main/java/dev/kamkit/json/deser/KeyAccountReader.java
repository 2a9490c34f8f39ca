package dev.kamkit.json.deser;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.team.TeamMember;

/**
 * Reads the body of a key account: the object an account document is (besides its envelope) and
 * each element of a portfolio's {@code accounts}. Building the key account checks every reference
 * inside it; all broken ones are reported, at their pointers.
 */
final class KeyAccountReader {
  /** An account document: the envelope, read before, then the key account. */
  static final PropertyTable<KeyAccount, KeyAccount.Builder> DOCUMENT =
      body(
          PropertyTable.of("a kamkit document", KeyAccount::builder, KeyAccount.Builder::build)
              .passOver("kamkit")
              .passOver("version"),
          ProductReader.PRODUCT_OBJECT,
          TeamReader.TEAM_MEMBER_OBJECT);

  /** An element of a portfolio's {@code accounts}: products and team by id into its catalogues. */
  static final PropertyTable<KeyAccount, KeyAccount.Builder> PORTFOLIO_ACCOUNT =
      body(
          PropertyTable.of(
              "a portfolio account object", KeyAccount::builder, KeyAccount.Builder::build),
          Catalogue.reference("product", "products", ReadContext::products, Product::id),
          Catalogue.reference("team member", "team", ReadContext::team, TeamMember::id));

  private KeyAccountReader() {}

  /**
   * The key account's properties added to {@code table}.
   *
   * @param products reads one element of {@code products}: a product object in an account document,
   *     an id into the catalogue in a portfolio
   * @param team likewise for {@code team}
   */
  private static PropertyTable<KeyAccount, KeyAccount.Builder> body(
      PropertyTable<KeyAccount, KeyAccount.Builder> table,
      Conv<Product> products,
      Conv<TeamMember> team) {
    return table
        .req(
            "account",
            AccountReader.ACCOUNT_OBJECT,
            KeyAccount::account,
            KeyAccount.Builder::account)
        .list(
            "stakeholders",
            StakeholderReader.STAKEHOLDER_OBJECT,
            KeyAccount::stakeholders,
            KeyAccount.Builder::addStakeholders)
        .list(
            "influences",
            StakeholderReader.INFLUENCE_OBJECT,
            KeyAccount::influences,
            KeyAccount.Builder::addInfluences)
        .list(
            "decisionBodies",
            TeamReader.DECISION_BODY_OBJECT,
            KeyAccount::decisionBodies,
            KeyAccount.Builder::addDecisionBodies)
        .list("team", team, KeyAccount::team, KeyAccount.Builder::addTeam)
        .list(
            "relationships",
            TeamReader.RELATIONSHIP_OBJECT,
            KeyAccount::relationships,
            KeyAccount.Builder::addRelationships)
        .list(
            "targetLists",
            TeamReader.TARGET_LIST_OBJECT,
            KeyAccount::targetLists,
            KeyAccount.Builder::addTargetLists)
        .list("products", products, KeyAccount::products, KeyAccount.Builder::addProducts)
        .list(
            "promotionalMaterials",
            ProductReader.MATERIAL_OBJECT,
            KeyAccount::promotionalMaterials,
            KeyAccount.Builder::addPromotionalMaterials)
        .list(
            "whitespace",
            GridReader.WHITESPACE_OBJECT,
            KeyAccount::whitespace,
            KeyAccount.Builder::addWhitespace)
        .list(
            "formulary",
            GridReader.FORMULARY_OBJECT,
            KeyAccount::formulary,
            KeyAccount.Builder::addFormulary)
        .opt("plan", PlanReader.PLAN_OBJECT, KeyAccount::plan, KeyAccount.Builder::plan)
        .list(
            "interactions",
            EngagementReader.INTERACTION_OBJECT,
            KeyAccount::interactions,
            KeyAccount.Builder::addInteractions)
        .list(
            "transfersOfValue",
            EngagementReader.TRANSFER_OBJECT,
            KeyAccount::transfersOfValue,
            KeyAccount.Builder::addTransfersOfValue)
        .list(
            "serviceAgreements",
            EngagementReader.AGREEMENT_OBJECT,
            KeyAccount::serviceAgreements,
            KeyAccount.Builder::addServiceAgreements)
        .list(
            "opportunities",
            PipelineReader.OPPORTUNITY_OBJECT,
            KeyAccount::opportunities,
            KeyAccount.Builder::addOpportunities)
        .list(
            "committeeSubmissions",
            CommitteeReader.SUBMISSION_OBJECT,
            KeyAccount::committeeSubmissions,
            KeyAccount.Builder::addCommitteeSubmissions)
        .list(
            "competitorActivity",
            CompetitorReader.ACTIVITY_OBJECT,
            KeyAccount::competitorActivity,
            KeyAccount.Builder::addCompetitorActivity);
  }
}
