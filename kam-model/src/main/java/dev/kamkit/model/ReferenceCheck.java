package dev.kamkit.model;

import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.engagement.ServiceAgreement;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.plan.AccountNeed;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.CompetitorPosition;
import dev.kamkit.model.plan.Kpi;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.PathwayStage;
import dev.kamkit.model.plan.PatientPathway;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.PromotionalMaterial;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderInfluence;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.TargetList;
import dev.kamkit.model.team.TeamMember;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks that every reference inside a key account points at something in it, that ids are unique,
 * and that reporting lines and action hierarchies have no cycles. It collects every problem rather
 * than stopping at the first, so a host fixing an import sees the whole list.
 */
final class ReferenceCheck {
  private final ModelCheck check;
  private final Set<KamId> stakeholders;
  private final Set<KamId> team;
  private final Set<KamId> bodies;
  private final Set<KamId> sites;
  private final Set<KamId> units;
  private final Map<ProductId, Set<IndicationId>> indications;
  private final Set<KamId> interactions;
  private final Set<KamId> materials;
  private final Set<KamId> agreements;
  private Set<KamId> objectives = Set.of();
  private Set<KamId> needs = Set.of();

  private ReferenceCheck(AbstractKeyAccount a) {
    check = ModelCheck.of("KeyAccount", a.account().id());
    stakeholders = ids(a.stakeholders(), Stakeholder::id);
    team = ids(a.team(), TeamMember::id);
    bodies = ids(a.decisionBodies(), DecisionBody::id);
    sites = ids(a.account().sites(), Site::id);
    units = ids(a.account().clinicalUnits().collect(Collectors.toList()), ClinicalUnit::id);
    interactions = ids(a.interactions(), Interaction::id);
    materials = ids(a.promotionalMaterials(), PromotionalMaterial::id);
    agreements = ids(a.serviceAgreements(), ServiceAgreement::id);
    indications = new HashMap<>();
    for (Product product : a.products()) {
      indications.put(
          product.id(),
          product.indications().stream().map(Indication::id).collect(Collectors.toSet()));
    }
  }

  /** Runs every check over {@code a}; call {@link ModelCheck#throwIfInvalid()} on the result. */
  static ModelCheck of(AbstractKeyAccount a) {
    ReferenceCheck refs = new ReferenceCheck(a);
    refs.uniqueIds(a);
    refs.stakeholders(a);
    refs.decisionBodies(a);
    refs.relationships(a);
    refs.targetLists(a);
    refs.profile(a);
    refs.portfolio(a);
    a.plan().ifPresent(refs::plan);
    refs.engagement(a);
    return refs.check;
  }

  private void uniqueIds(AbstractKeyAccount a) {
    check
        .unique("stakeholders.id", a.stakeholders(), Stakeholder::id)
        .unique("decisionBodies.id", a.decisionBodies(), DecisionBody::id)
        .unique("team.id", a.team(), TeamMember::id)
        .unique("products.id", a.products(), Product::id)
        .unique("interactions.id", a.interactions(), Interaction::id)
        .unique("transfersOfValue.id", a.transfersOfValue(), TransferOfValue::id)
        .unique("targetLists.id", a.targetLists(), TargetList::id)
        .unique("promotionalMaterials.id", a.promotionalMaterials(), PromotionalMaterial::id)
        .unique("serviceAgreements.id", a.serviceAgreements(), ServiceAgreement::id)
        .unique("relationships", a.relationships(), r -> key(r.teamMember(), "->", r.stakeholder()))
        .unique("influences", a.influences(), i -> key(i.influencer(), "->", i.influenced()))
        .unique("whitespace", a.whitespace(), c -> key(c.product(), " x ", c.clinicalUnit()))
        .unique("formulary", a.formulary(), e -> key(e.product(), "@", e.effectiveFrom()));
  }

  private void stakeholders(AbstractKeyAccount a) {
    for (Stakeholder s : a.stakeholders()) {
      Owner at = new Owner("stakeholders", s.id());
      s.reportsTo().ifPresent(id -> ref(at, "reportsTo", id, stakeholders, "stakeholder"));
      s.site().ifPresent(id -> ref(at, "site", id, sites, "site"));
      s.clinicalUnit().ifPresent(id -> ref(at, "clinicalUnit", id, units, "clinical unit"));
      for (CommitteeMembership m : s.committeeMemberships()) {
        ref(at, "committeeMemberships", m.decisionBody(), bodies, "decision body");
      }
    }
    Map<StakeholderId, StakeholderId> manager = new HashMap<>();
    a.stakeholders().forEach(s -> s.reportsTo().ifPresent(boss -> manager.put(s.id(), boss)));
    for (List<StakeholderId> cycle : Cycles.in(manager)) {
      check.require(
          false,
          "stakeholders[" + cycle.get(0) + "].reportsTo",
          manager.get(cycle.get(0)),
          "reporting lines form a cycle: " + cycle);
    }
    for (StakeholderInfluence i : a.influences()) {
      Owner at = new Owner("influences", i.influencer() + "->" + i.influenced());
      ref(at, "influencer", i.influencer(), stakeholders, "stakeholder");
      ref(at, "influenced", i.influenced(), stakeholders, "stakeholder");
    }
  }

  private void targetLists(AbstractKeyAccount a) {
    for (TargetList list : a.targetLists()) {
      Owner at = new Owner("targetLists", list.id());
      ref(at, "builtBy", list.builtBy(), team, "team member");
      refs(at, "workedBy", list.workedBy(), team, "team member");
      refs(at, "stakeholders", list.stakeholders(), stakeholders, "stakeholder");
    }
  }

  private void decisionBodies(AbstractKeyAccount a) {
    for (DecisionBody body : a.decisionBodies()) {
      body.site()
          .ifPresent(id -> ref(new Owner("decisionBodies", body.id()), "site", id, sites, "site"));
    }
  }

  private void relationships(AbstractKeyAccount a) {
    for (Relationship r : a.relationships()) {
      Owner at = new Owner("relationships", r.teamMember() + "->" + r.stakeholder());
      ref(at, "teamMember", r.teamMember(), team, "team member");
      ref(at, "stakeholder", r.stakeholder(), stakeholders, "stakeholder");
    }
  }

  private void profile(AbstractKeyAccount a) {
    for (Contract contract : a.account().profile().contracts()) {
      for (ProductId product : contract.products()) {
        product(new Owner("account.profile.contracts", contract.id()), "products", product);
      }
    }
    for (AnnualVolume volume : a.account().profile().annualVolumes()) {
      volume
          .product()
          .ifPresent(
              p ->
                  product(
                      new Owner("account.profile.annualVolumes", volume.fiscalYear()),
                      "product",
                      p));
    }
  }

  private void portfolio(AbstractKeyAccount a) {
    for (WhitespaceCell cell : a.whitespace()) {
      Owner at = new Owner("whitespace", cell.product() + " x " + cell.clinicalUnit());
      product(at, "product", cell.product());
      ref(at, "clinicalUnit", cell.clinicalUnit(), units, "clinical unit");
      cell.indication().ifPresent(i -> indication(at, "indication", cell.product(), i));
    }
    for (FormularyEntry entry : a.formulary()) {
      Owner at = new Owner("formulary", entry.product() + "@" + entry.effectiveFrom());
      product(at, "product", entry.product());
      entry.decidedBy().ifPresent(id -> ref(at, "decidedBy", id, bodies, "decision body"));
    }
    for (PromotionalMaterial m : a.promotionalMaterials()) {
      Owner at = new Owner("promotionalMaterials", m.id());
      product(at, "product", m.product());
      m.indications().forEach(i -> indication(at, "indications", m.product(), i));
    }
  }

  private void plan(AccountPlan plan) {
    objectives = ids(plan.objectives(), Objective::id);
    needs = ids(plan.needs(), AccountNeed::id);
    plan.owner().ifPresent(id -> ref("plan.owner", id, team, "team member"));
    for (Objective o : plan.objectives()) {
      Owner at = new Owner("plan.objectives", o.id());
      o.owner().ifPresent(id -> ref(at, "owner", id, team, "team member"));
      o.directedBy().ifPresent(id -> ref(at, "directedBy", id, team, "team member"));
      o.product().ifPresent(p -> product(at, "product", p));
      o.indication().ifPresent(i -> indication(at, "indication", o.product().orElseThrow(), i));
      refs(at, "needs", o.needs(), needs, "account need");
    }
    actions(plan.actions());
    for (Kpi kpi : plan.kpis()) {
      kpi.objective()
          .ifPresent(
              id ->
                  ref(new Owner("plan.kpis", kpi.id()), "objective", id, objectives, "objective"));
    }
    plan.valueProposition()
        .ifPresent(v -> v.products().forEach(p -> product("plan.valueProposition.products", p)));
    for (CompetitorPosition c : plan.competitiveLandscape()) {
      c.competesWith()
          .forEach(
              p ->
                  product(
                      new Owner("plan.competitiveLandscape", c.competitor()), "competesWith", p));
    }
    for (SharedValueInitiative i : plan.sharedValueInitiatives()) {
      Owner at = new Owner("plan.sharedValueInitiatives", i.id());
      refs(at, "needs", i.needs(), needs, "account need");
      refs(at, "stakeholders", i.stakeholders(), stakeholders, "stakeholder");
      refs(at, "teamMembers", i.teamMembers(), team, "team member");
    }
    plan.jointBusinessPlan()
        .ifPresent(
            jbp -> {
              refs(
                  "plan.jointBusinessPlan.customerSponsors",
                  jbp.customerSponsors(),
                  stakeholders,
                  "stakeholder");
              refs(
                  "plan.jointBusinessPlan.jointObjectives",
                  jbp.jointObjectives(),
                  objectives,
                  "objective");
            });
    for (PatientPathway pathway : plan.patientPathways()) {
      for (PathwayStage stage : pathway.stages()) {
        refs(
            "plan.patientPathways["
                + pathway.condition()
                + "].stages["
                + stage.name()
                + "].stakeholders",
            stage.stakeholders(),
            stakeholders,
            "stakeholder");
      }
    }
  }

  private void actions(List<Action> actions) {
    Set<KamId> actionIds = ids(actions, Action::id);
    Map<ActionId, ActionId> parent = new HashMap<>();
    for (Action action : actions) {
      Owner at = new Owner("plan.actions", action.id());
      action.owner().ifPresent(id -> ref(at, "owner", id, team, "team member"));
      action
          .parent()
          .ifPresent(
              id -> {
                ref(at, "parent", id, actionIds, "action");
                parent.put(action.id(), id);
              });
      refs(at, "objectives", action.objectives(), objectives, "objective");
      refs(at, "stakeholders", action.stakeholders(), stakeholders, "stakeholder");
      refs(at, "needs", action.needs(), needs, "account need");
    }
    for (List<ActionId> cycle : Cycles.in(parent)) {
      check.require(
          false,
          "plan.actions[" + cycle.get(0) + "].parent",
          parent.get(cycle.get(0)),
          "parent actions form a cycle: " + cycle);
    }
  }

  private void engagement(AbstractKeyAccount a) {
    for (Interaction i : a.interactions()) {
      Owner at = new Owner("interactions", i.id());
      refs(at, "teamMembers", i.teamMembers(), team, "team member");
      refs(at, "stakeholders", i.stakeholders(), stakeholders, "stakeholder");
      i.decisionBody().ifPresent(id -> ref(at, "decisionBody", id, bodies, "decision body"));
      for (ProductDiscussion d : i.productsDiscussed()) {
        product(at, "productsDiscussed", d.product());
        d.indication().ifPresent(ind -> indication(at, "productsDiscussed", d.product(), ind));
      }
      refs(at, "materials", i.materials(), materials, "promotional material");
      i.speakerProgram().ifPresent(p -> speakerProgram(at, "speakerProgram", p));
    }
    for (ServiceAgreement s : a.serviceAgreements()) {
      // an organisation provider, like a transfer's, may be outside the account: its parent system
      s.stakeholder()
          .ifPresent(
              id ->
                  ref(
                      new Owner("serviceAgreements", s.id()),
                      "stakeholder",
                      id,
                      stakeholders,
                      "stakeholder"));
    }
    for (TransferOfValue t : a.transfersOfValue()) {
      Owner at = new Owner("transfersOfValue", t.id());
      t.recipient().ifPresent(id -> ref(at, "recipient", id, stakeholders, "stakeholder"));
      refs(at, "attendees", t.attendees(), stakeholders, "stakeholder");
      t.relatedProducts().forEach(p -> product(at, "relatedProducts", p));
      t.interaction().ifPresent(id -> ref(at, "interaction", id, interactions, "interaction"));
      t.agreement().ifPresent(id -> ref(at, "agreement", id, agreements, "service agreement"));
    }
  }

  private void speakerProgram(Owner at, String field, SpeakerProgram p) {
    p.speaker().ifPresent(id -> ref(at, field + ".speaker", id, stakeholders, "stakeholder"));
    p.speakerChosenBy()
        .ifPresent(id -> ref(at, field + ".speakerChosenBy", id, team, "team member"));
  }

  private void product(String field, ProductId id) {
    product(Owner.NONE, field, id);
  }

  private void product(Owner at, String field, ProductId id) {
    ref(at, field, id, indications.keySet(), "product");
  }

  private void indication(Owner at, String field, ProductId product, IndicationId id) {
    Set<IndicationId> known = indications.get(product);
    if (known != null && !known.contains(id)) {
      check.require(false, at.field(field), id, "is not an indication of product " + product);
    }
  }

  private void ref(String field, KamId id, Set<? extends KamId> known, String what) {
    ref(Owner.NONE, field, id, known, what);
  }

  // The field path and the message are built only for a broken reference: an account has
  // hundreds of references, and building both for each was most of the cost of this check.
  private void ref(Owner at, String field, KamId id, Set<? extends KamId> known, String what) {
    if (known.contains(id)) {
      return;
    }
    String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
    check.require(
        false, at.field(field), id, "refers to " + article + what + " that is not in this account");
  }

  private void refs(
      String field, Collection<? extends KamId> ids, Set<? extends KamId> known, String what) {
    refs(Owner.NONE, field, ids, known, what);
  }

  private void refs(
      Owner at,
      String field,
      Collection<? extends KamId> ids,
      Set<? extends KamId> known,
      String what) {
    for (KamId id : ids) {
      ref(at, field, id, known, what);
    }
  }

  private static <T> Set<KamId> ids(Collection<T> items, Function<T, ? extends KamId> id) {
    return items.stream().map(id).collect(Collectors.toSet());
  }

  private static Key key(Object left, String separator, Object right) {
    return new Key(left, separator, right);
  }

  /**
   * The element a reference sits in, such as {@code stakeholders[s-1]}, named only when a problem
   * is reported; {@link #NONE} for a field of the account itself.
   */
  private record Owner(String list, @Nullable Object key) {
    static final Owner NONE = new Owner("", null);

    /**
     * The model's path of {@code field} in this element, for example {@code
     * stakeholders[s-1].site}.
     */
    String field(String field) {
      return key == null ? field : list + "[" + key + "]." + field;
    }
  }

  /**
   * A composite key compared by its parts, so that ids which happen to contain the separator (a
   * product "ax" and a unit "b" against a product "a" and a unit "xb") never collide.
   */
  private record Key(Object left, String separator, Object right) {
    @Override
    public String toString() {
      return left + separator + right;
    }
  }
}
