package dev.kamkit.json.deser;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.team.TeamMember;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the body of a key account: the object an account document is (besides its envelope) and
 * each element of a portfolio's {@code accounts}. Building the key account checks every reference
 * inside it; all broken ones are reported, at their pointers.
 */
final class KeyAccountReader {
  static final List<String> BODY =
      List.of(
          "account",
          "stakeholders",
          "influences",
          "decisionBodies",
          "team",
          "relationships",
          "targetLists",
          "products",
          "promotionalMaterials",
          "whitespace",
          "formulary",
          "plan",
          "interactions",
          "transfersOfValue",
          "serviceAgreements");

  private KeyAccountReader() {}

  /**
   * Reads the body in {@code in}.
   *
   * @param products reads one element of {@code products}: a product object in an account document,
   *     an id into the catalogue in a portfolio
   * @param team likewise for {@code team}
   */
  static @Nullable KeyAccount read(In in, Conv<Product> products, Conv<TeamMember> team) {
    KeyAccount.Builder b = KeyAccount.builder();
    in.req("account", AccountReader.ACCOUNT_OBJECT, b::account);
    in.list("stakeholders", StakeholderReader.STAKEHOLDER_OBJECT, b::addAllStakeholders);
    in.list("influences", StakeholderReader.INFLUENCE_OBJECT, b::addAllInfluences);
    in.list("decisionBodies", TeamReader.DECISION_BODY_OBJECT, b::addAllDecisionBodies);
    in.list("team", team, b::addAllTeam);
    in.list("relationships", TeamReader.RELATIONSHIP_OBJECT, b::addAllRelationships);
    in.list("targetLists", TeamReader.TARGET_LIST_OBJECT, b::addAllTargetLists);
    in.list("products", products, b::addAllProducts);
    in.list("promotionalMaterials", ProductReader.MATERIAL_OBJECT, b::addAllPromotionalMaterials);
    in.list("whitespace", GridReader.WHITESPACE_OBJECT, b::addAllWhitespace);
    in.list("formulary", GridReader.FORMULARY_OBJECT, b::addAllFormulary);
    in.opt("plan", PlanReader.PLAN_OBJECT, b::plan);
    in.list("interactions", EngagementReader.INTERACTION_OBJECT, b::addAllInteractions);
    in.list("transfersOfValue", EngagementReader.TRANSFER_OBJECT, b::addAllTransfersOfValue);
    in.list("serviceAgreements", EngagementReader.AGREEMENT_OBJECT, b::addAllServiceAgreements);
    return in.build(b::build);
  }
}
