package dev.kamkit.model;

import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Referent;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.engagement.CompetitorActivity;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.engagement.ServiceAgreement;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.pipeline.Opportunity;
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
import java.util.ArrayList;
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
 *
 * <p>Each problem is reported at the path of the offending value, with the index (and id or key) of
 * every list element on the way: {@code relationships[3].stakeholder}, {@code
 * plan.objectives[0].needs[2]}. Paths are made only for a problem: an account has hundreds of
 * references, and naming each one was most of the cost of this check.
 */
final class ReferenceCheck {
  private static final Owner PLAN = Owner.in(null, "plan");
  private static final Owner PROFILE = Owner.in(Owner.in(null, "account"), "profile");

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
  private final Set<KamId> opportunities;
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
    opportunities = ids(a.opportunities(), Opportunity::id);
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
    refs.pipeline(a); // after the plan: opportunities refer to its objectives
    refs.submissions(a);
    refs.competitorActivity(a);
    return refs.check;
  }

  private void uniqueIds(AbstractKeyAccount a) {
    check
        .unique("stakeholders", "id", a.stakeholders(), Stakeholder::id)
        .unique("decisionBodies", "id", a.decisionBodies(), DecisionBody::id)
        .unique("team", "id", a.team(), TeamMember::id)
        .unique("products", "id", a.products(), Product::id)
        .unique("interactions", "id", a.interactions(), Interaction::id)
        .unique("transfersOfValue", "id", a.transfersOfValue(), TransferOfValue::id)
        .unique("targetLists", "id", a.targetLists(), TargetList::id)
        .unique("promotionalMaterials", "id", a.promotionalMaterials(), PromotionalMaterial::id)
        .unique("serviceAgreements", "id", a.serviceAgreements(), ServiceAgreement::id)
        .unique("opportunities", "id", a.opportunities(), Opportunity::id)
        .unique("committeeSubmissions", "id", a.committeeSubmissions(), CommitteeSubmission::id)
        // composite keys are lists, compared by their parts, so that ids which happen to contain
        // a separator (a product "ax" and a unit "b" against "a" and "xb") never collide
        .unique("relationships", a.relationships(), r -> List.of(r.teamMember(), r.stakeholder()))
        .unique("influences", a.influences(), i -> List.of(i.influencer(), i.influenced()))
        .unique("whitespace", a.whitespace(), c -> List.of(c.product(), c.clinicalUnit()))
        .unique("formulary", a.formulary(), e -> List.of(e.product(), e.effectiveFrom()));
  }

  private void stakeholders(AbstractKeyAccount a) {
    List<Stakeholder> all = a.stakeholders();
    for (int i = 0; i < all.size(); i++) {
      Stakeholder s = all.get(i);
      Owner at = Owner.element(null, "stakeholders", i, s.id());
      s.reportsTo().ifPresent(id -> ref(at, "reportsTo", id, stakeholders, Referent.STAKEHOLDER));
      s.site().ifPresent(id -> ref(at, "site", id, sites, Referent.SITE));
      s.clinicalUnit().ifPresent(id -> ref(at, "clinicalUnit", id, units, Referent.CLINICAL_UNIT));
      List<CommitteeMembership> memberships = s.committeeMemberships();
      for (int m = 0; m < memberships.size(); m++) {
        KamId body = memberships.get(m).decisionBody();
        if (!bodies.contains(body)) {
          broken(
              at.path()
                  .field("committeeMemberships")
                  .element(m, Arg.of(body))
                  .field("decisionBody"),
              body,
              Referent.DECISION_BODY);
        }
      }
    }
    Map<StakeholderId, StakeholderId> manager = new HashMap<>();
    all.forEach(s -> s.reportsTo().ifPresent(boss -> manager.put(s.id(), boss)));
    for (List<StakeholderId> cycle : Cycles.in(manager)) {
      StakeholderId first = cycle.get(0);
      check.fail(
          ModelCheck.at("stakeholders", indexOf(all, Stakeholder::id, first), first)
              .field("reportsTo"),
          manager.get(first),
          ModelCode.REPORTING_CYCLE,
          Arg.list(cycle, id -> Arg.of(id)));
    }
    List<StakeholderInfluence> influences = a.influences();
    for (int i = 0; i < influences.size(); i++) {
      StakeholderInfluence influence = influences.get(i);
      Owner at =
          Owner.element(null, "influences", i, influence.influencer(), influence.influenced());
      ref(at, "influencer", influence.influencer(), stakeholders, Referent.STAKEHOLDER);
      ref(at, "influenced", influence.influenced(), stakeholders, Referent.STAKEHOLDER);
    }
  }

  private void targetLists(AbstractKeyAccount a) {
    List<TargetList> lists = a.targetLists();
    for (int i = 0; i < lists.size(); i++) {
      TargetList list = lists.get(i);
      Owner at = Owner.element(null, "targetLists", i, list.id());
      ref(at, "builtBy", list.builtBy(), team, Referent.TEAM_MEMBER);
      refs(at, "workedBy", list.workedBy(), team, Referent.TEAM_MEMBER);
      refs(at, "stakeholders", list.stakeholders(), stakeholders, Referent.STAKEHOLDER);
    }
  }

  private void decisionBodies(AbstractKeyAccount a) {
    List<DecisionBody> all = a.decisionBodies();
    for (int i = 0; i < all.size(); i++) {
      DecisionBody body = all.get(i);
      if (body.site().isPresent()) {
        ref(
            Owner.element(null, "decisionBodies", i, body.id()),
            "site",
            body.site().get(),
            sites,
            Referent.SITE);
      }
    }
  }

  private void relationships(AbstractKeyAccount a) {
    List<Relationship> all = a.relationships();
    for (int i = 0; i < all.size(); i++) {
      Relationship r = all.get(i);
      Owner at = Owner.element(null, "relationships", i, r.teamMember(), r.stakeholder());
      ref(at, "teamMember", r.teamMember(), team, Referent.TEAM_MEMBER);
      ref(at, "stakeholder", r.stakeholder(), stakeholders, Referent.STAKEHOLDER);
    }
  }

  private void profile(AbstractKeyAccount a) {
    List<Contract> contracts = a.account().profile().contracts();
    for (int i = 0; i < contracts.size(); i++) {
      Contract contract = contracts.get(i);
      products(
          Owner.element(PROFILE, "contracts", i, contract.id()), "products", contract.products());
    }
    List<AnnualVolume> volumes = a.account().profile().annualVolumes();
    for (int i = 0; i < volumes.size(); i++) {
      AnnualVolume volume = volumes.get(i);
      if (volume.product().isPresent()) {
        ProductId product = volume.product().get();
        product(
            Owner.element(PROFILE, "annualVolumes", i, volume.fiscalYear(), product),
            "product",
            product);
      }
    }
  }

  private void portfolio(AbstractKeyAccount a) {
    List<WhitespaceCell> cells = a.whitespace();
    for (int i = 0; i < cells.size(); i++) {
      WhitespaceCell cell = cells.get(i);
      Owner at = Owner.element(null, "whitespace", i, cell.product(), cell.clinicalUnit());
      product(at, "product", cell.product());
      ref(at, "clinicalUnit", cell.clinicalUnit(), units, Referent.CLINICAL_UNIT);
      if (cell.indication().isPresent()) {
        indication(at, "indication", cell.product(), cell.indication().get());
      }
    }
    List<FormularyEntry> entries = a.formulary();
    for (int i = 0; i < entries.size(); i++) {
      FormularyEntry entry = entries.get(i);
      Owner at = Owner.element(null, "formulary", i, entry.product(), entry.effectiveFrom());
      product(at, "product", entry.product());
      entry.decidedBy().ifPresent(id -> ref(at, "decidedBy", id, bodies, Referent.DECISION_BODY));
    }
    List<PromotionalMaterial> all = a.promotionalMaterials();
    for (int i = 0; i < all.size(); i++) {
      PromotionalMaterial m = all.get(i);
      Owner at = Owner.element(null, "promotionalMaterials", i, m.id());
      product(at, "product", m.product());
      int j = 0;
      for (IndicationId indication : m.indications()) {
        if (!isIndicationOf(m.product(), indication)) {
          notIndication(
              at.path().field("indications").element(j, Arg.of(indication)),
              m.product(),
              indication);
        }
        j++;
      }
    }
  }

  private void pipeline(AbstractKeyAccount a) {
    List<Opportunity> all = a.opportunities();
    for (int i = 0; i < all.size(); i++) {
      Opportunity o = all.get(i);
      Owner at = Owner.element(null, "opportunities", i, o.id());
      product(at, "product", o.product());
      o.indication().ifPresent(id -> indication(at, "indication", o.product(), id));
      o.site().ifPresent(id -> ref(at, "site", id, sites, Referent.SITE));
      o.clinicalUnit().ifPresent(id -> ref(at, "clinicalUnit", id, units, Referent.CLINICAL_UNIT));
      if (o.site().isPresent() && o.clinicalUnit().isPresent()) {
        unitAtSite(a, at, o.site().get(), o.clinicalUnit().get());
      }
      o.owner().ifPresent(id -> ref(at, "owner", id, team, Referent.TEAM_MEMBER));
      refs(at, "objectives", o.objectives(), objectives, Referent.OBJECTIVE);
    }
  }

  private void submissions(AbstractKeyAccount a) {
    List<CommitteeSubmission> all = a.committeeSubmissions();
    for (int i = 0; i < all.size(); i++) {
      CommitteeSubmission s = all.get(i);
      Owner at = Owner.element(null, "committeeSubmissions", i, s.id());
      ref(at, "decisionBody", s.decisionBody(), bodies, Referent.DECISION_BODY);
      product(at, "product", s.product());
      s.indication().ifPresent(id -> indication(at, "indication", s.product(), id));
      s.site().ifPresent(id -> ref(at, "site", id, sites, Referent.SITE));
      s.sponsor().ifPresent(id -> ref(at, "sponsor", id, stakeholders, Referent.STAKEHOLDER));
      s.owner().ifPresent(id -> ref(at, "owner", id, team, Referent.TEAM_MEMBER));
      s.opportunity()
          .ifPresent(id -> ref(at, "opportunity", id, opportunities, Referent.OPPORTUNITY));
      s.site().ifPresent(site -> siteOfBody(a, at, s.decisionBody(), site));
    }
  }

  /**
   * Each record's products are the account's, and no two records of one competitor count the same
   * interactions: overlapping periods must both name products, none in common.
   */
  private void competitorActivity(AbstractKeyAccount a) {
    List<CompetitorActivity> all = a.competitorActivity();
    for (int i = 0; i < all.size(); i++) {
      CompetitorActivity c = all.get(i);
      Owner at = Owner.element(null, "competitorActivity", i, c.competitor(), c.start());
      products(at, "products", c.products());
      for (int j = 0; j < i; j++) {
        CompetitorActivity earlier = all.get(j);
        if (earlier.competitor().equals(c.competitor())
            && earlier.overlaps(c.start(), c.end())
            && (earlier.products().isEmpty()
                || c.products().isEmpty()
                || earlier.products().stream().anyMatch(c.products()::contains))) {
          check.fail(
              at.path(),
              c.competitor(),
              ModelCode.COMPETITOR_ACTIVITY_OVERLAP,
              Arg.of(earlier.start()),
              Arg.of(earlier.end()));
          break;
        }
      }
    }
  }

  /** A submission to a site's body that names a site names the body's (ids may repeat here). */
  private void siteOfBody(AbstractKeyAccount a, Owner at, KamId body, SiteId site) {
    for (DecisionBody b : a.decisionBodies()) {
      if (b.id().equals(body) && b.site().isPresent() && !b.site().get().equals(site)) {
        check.fail(
            at.path().field("site"),
            site,
            ModelCode.SUBMISSION_SITE_NOT_BODY_SITE,
            Arg.of(b.site().get()));
        return;
      }
    }
  }

  /** A unit named with its site must be one of that site's units (both known: checked apart). */
  private void unitAtSite(AbstractKeyAccount a, Owner at, SiteId site, ClinicalUnitId unit) {
    for (Site s : a.account().sites()) {
      if (s.id().equals(site)
          && s.clinicalUnits().stream().noneMatch(u -> u.id().equals(unit))
          && units.contains(unit)) {
        check.fail(at.path().field("clinicalUnit"), unit, ModelCode.UNIT_NOT_AT_SITE, Arg.of(site));
      }
    }
  }

  private void plan(AccountPlan plan) {
    objectives = ids(plan.objectives(), Objective::id);
    needs = ids(plan.needs(), AccountNeed::id);
    plan.owner().ifPresent(id -> ref(PLAN, "owner", id, team, Referent.TEAM_MEMBER));
    List<Objective> all = plan.objectives();
    for (int i = 0; i < all.size(); i++) {
      Objective o = all.get(i);
      Owner at = Owner.element(PLAN, "objectives", i, o.id());
      o.owner().ifPresent(id -> ref(at, "owner", id, team, Referent.TEAM_MEMBER));
      o.directedBy().ifPresent(id -> ref(at, "directedBy", id, team, Referent.TEAM_MEMBER));
      o.product().ifPresent(p -> product(at, "product", p));
      o.indication().ifPresent(i2 -> indication(at, "indication", o.product().orElseThrow(), i2));
      refs(at, "needs", o.needs(), needs, Referent.ACCOUNT_NEED);
      refs(at, "clinicalUnits", o.clinicalUnits(), units, Referent.CLINICAL_UNIT);
    }
    actions(plan.actions());
    List<Kpi> kpis = plan.kpis();
    for (int i = 0; i < kpis.size(); i++) {
      Kpi kpi = kpis.get(i);
      if (kpi.objective().isPresent()) {
        ref(
            Owner.element(PLAN, "kpis", i, kpi.id()),
            "objective",
            kpi.objective().get(),
            objectives,
            Referent.OBJECTIVE);
      }
    }
    plan.valueProposition()
        .ifPresent(v -> products(Owner.in(PLAN, "valueProposition"), "products", v.products()));
    List<CompetitorPosition> competitors = plan.competitiveLandscape();
    for (int i = 0; i < competitors.size(); i++) {
      CompetitorPosition c = competitors.get(i);
      products(
          Owner.element(PLAN, "competitiveLandscape", i, c.competitor()),
          "competesWith",
          c.competesWith());
    }
    List<SharedValueInitiative> initiatives = plan.sharedValueInitiatives();
    for (int i = 0; i < initiatives.size(); i++) {
      SharedValueInitiative initiative = initiatives.get(i);
      Owner at = Owner.element(PLAN, "sharedValueInitiatives", i, initiative.id());
      refs(at, "needs", initiative.needs(), needs, Referent.ACCOUNT_NEED);
      refs(at, "stakeholders", initiative.stakeholders(), stakeholders, Referent.STAKEHOLDER);
      refs(at, "teamMembers", initiative.teamMembers(), team, Referent.TEAM_MEMBER);
    }
    plan.jointBusinessPlan()
        .ifPresent(
            jbp -> {
              Owner at = Owner.in(PLAN, "jointBusinessPlan");
              refs(
                  at,
                  "customerSponsors",
                  jbp.customerSponsors(),
                  stakeholders,
                  Referent.STAKEHOLDER);
              refs(at, "jointObjectives", jbp.jointObjectives(), objectives, Referent.OBJECTIVE);
            });
    List<PatientPathway> pathways = plan.patientPathways();
    for (int i = 0; i < pathways.size(); i++) {
      PatientPathway pathway = pathways.get(i);
      List<PathwayStage> stages = pathway.stages();
      for (int k = 0; k < stages.size(); k++) {
        PathwayStage stage = stages.get(k);
        if (!stage.stakeholders().isEmpty()) {
          Owner at =
              Owner.element(
                  Owner.element(PLAN, "patientPathways", i, pathway.condition()),
                  "stages",
                  k,
                  stage.name());
          refs(at, "stakeholders", stage.stakeholders(), stakeholders, Referent.STAKEHOLDER);
        }
      }
    }
  }

  private void actions(List<Action> actions) {
    Set<KamId> actionIds = ids(actions, Action::id);
    Map<ActionId, ActionId> parent = new HashMap<>();
    for (int i = 0; i < actions.size(); i++) {
      Action action = actions.get(i);
      Owner at = Owner.element(PLAN, "actions", i, action.id());
      action.owner().ifPresent(id -> ref(at, "owner", id, team, Referent.TEAM_MEMBER));
      if (action.parent().isPresent()) {
        ActionId id = action.parent().get();
        ref(at, "parent", id, actionIds, Referent.ACTION);
        parent.put(action.id(), id);
      }
      refs(at, "objectives", action.objectives(), objectives, Referent.OBJECTIVE);
      refs(at, "stakeholders", action.stakeholders(), stakeholders, Referent.STAKEHOLDER);
      refs(at, "needs", action.needs(), needs, Referent.ACCOUNT_NEED);
    }
    for (List<ActionId> cycle : Cycles.in(parent)) {
      ActionId first = cycle.get(0);
      check.fail(
          PLAN.path()
              .field("actions")
              .element(indexOf(actions, Action::id, first), Arg.of(first))
              .field("parent"),
          parent.get(first),
          ModelCode.ACTION_CYCLE,
          Arg.list(cycle, id -> Arg.of(id)));
    }
  }

  private void engagement(AbstractKeyAccount a) {
    List<Interaction> all = a.interactions();
    for (int i = 0; i < all.size(); i++) {
      Interaction interaction = all.get(i);
      Owner at = Owner.element(null, "interactions", i, interaction.id());
      refs(at, "teamMembers", interaction.teamMembers(), team, Referent.TEAM_MEMBER);
      refs(at, "stakeholders", interaction.stakeholders(), stakeholders, Referent.STAKEHOLDER);
      interaction
          .decisionBody()
          .ifPresent(id -> ref(at, "decisionBody", id, bodies, Referent.DECISION_BODY));
      List<ProductDiscussion> discussed = interaction.productsDiscussed();
      for (int d = 0; d < discussed.size(); d++) {
        ProductDiscussion discussion = discussed.get(d);
        ProductId product = discussion.product();
        if (!indications.containsKey(product)) {
          broken(
              at.path().field("productsDiscussed").element(d).field("product"),
              product,
              Referent.PRODUCT);
        }
        if (discussion.indication().isPresent()
            && !isIndicationOf(product, discussion.indication().get())) {
          notIndication(
              at.path().field("productsDiscussed").element(d).field("indication"),
              product,
              discussion.indication().get());
        }
      }
      refs(at, "materials", interaction.materials(), materials, Referent.PROMOTIONAL_MATERIAL);
      interaction
          .speakerProgram()
          .ifPresent(p -> speakerProgram(Owner.in(at, "speakerProgram"), p, discussed));
    }
    List<ServiceAgreement> agreementList = a.serviceAgreements();
    for (int i = 0; i < agreementList.size(); i++) {
      ServiceAgreement s = agreementList.get(i);
      // an organisation provider, like a transfer's, may be outside the account: its parent system
      if (s.stakeholder().isPresent()) {
        ref(
            Owner.element(null, "serviceAgreements", i, s.id()),
            "stakeholder",
            s.stakeholder().get(),
            stakeholders,
            Referent.STAKEHOLDER);
      }
    }
    List<TransferOfValue> transfers = a.transfersOfValue();
    for (int i = 0; i < transfers.size(); i++) {
      TransferOfValue t = transfers.get(i);
      Owner at = Owner.element(null, "transfersOfValue", i, t.id());
      t.recipient().ifPresent(id -> ref(at, "recipient", id, stakeholders, Referent.STAKEHOLDER));
      refs(at, "attendees", t.attendees(), stakeholders, Referent.STAKEHOLDER);
      products(at, "relatedProducts", t.relatedProducts());
      t.interaction()
          .ifPresent(id -> ref(at, "interaction", id, interactions, Referent.INTERACTION));
      t.agreement()
          .ifPresent(id -> ref(at, "agreement", id, agreements, Referent.SERVICE_AGREEMENT));
    }
  }

  private void speakerProgram(Owner at, SpeakerProgram p, List<ProductDiscussion> discussed) {
    p.speaker().ifPresent(id -> ref(at, "speaker", id, stakeholders, Referent.STAKEHOLDER));
    p.speakerChosenBy().ifPresent(id -> ref(at, "speakerChosenBy", id, team, Referent.TEAM_MEMBER));
    int j = 0;
    for (IndicationId indication : p.indications()) {
      if (!isIndicationOfAny(discussed, indication)) {
        check.fail(
            at.path().field("indications").element(j, Arg.of(indication)),
            indication,
            ModelCode.NOT_AN_INDICATION_OF_PROGRAM,
            Arg.list(
                discussed.stream().map(ProductDiscussion::product).distinct().toList(), Arg::of));
      }
      j++;
    }
  }

  /**
   * True if {@code id} is an indication of one of the products discussed, or of one that is not in
   * the account (reported on its own).
   */
  private boolean isIndicationOfAny(List<ProductDiscussion> discussed, IndicationId id) {
    for (ProductDiscussion d : discussed) {
      Set<IndicationId> known = indications.get(d.product());
      if (known == null || known.contains(id)) {
        return true;
      }
    }
    return false;
  }

  private void product(Owner at, String field, ProductId id) {
    ref(at, field, id, indications.keySet(), Referent.PRODUCT);
  }

  private void products(Owner at, String field, Collection<ProductId> ids) {
    refs(at, field, ids, indications.keySet(), Referent.PRODUCT);
  }

  private boolean isIndicationOf(ProductId product, IndicationId id) {
    Set<IndicationId> known = indications.get(product);
    return known == null || known.contains(id); // an unknown product is reported on its own
  }

  private void indication(Owner at, String field, ProductId product, IndicationId id) {
    if (!isIndicationOf(product, id)) {
      notIndication(at.path().field(field), product, id);
    }
  }

  private void notIndication(FieldPath path, ProductId product, IndicationId id) {
    check.fail(path, id, ModelCode.NOT_AN_INDICATION, Arg.of(product));
  }

  // The path and the message are made only for a broken reference: an account has hundreds of
  // references, and naming each one was most of the cost of this check.
  private void ref(Owner at, String field, KamId id, Set<? extends KamId> known, Referent what) {
    if (!known.contains(id)) {
      broken(at.path().field(field), id, what);
    }
  }

  /** Checks each id of a list or set, reported at its index in iteration order. */
  private void refs(
      Owner at,
      String field,
      Collection<? extends KamId> ids,
      Set<? extends KamId> known,
      Referent what) {
    if (ids.isEmpty()) {
      return;
    }
    int index = 0;
    for (KamId id : ids) {
      if (!known.contains(id)) {
        broken(at.path().field(field).element(index, Arg.of(id)), id, what);
      }
      index++;
    }
  }

  private void broken(FieldPath path, KamId id, Referent what) {
    check.fail(path, id, ModelCode.UNKNOWN_REFERENCE, Arg.of(what));
  }

  private static <T> Set<KamId> ids(Collection<T> items, Function<T, ? extends KamId> id) {
    return items.stream().map(id).collect(Collectors.toSet());
  }

  /** The index of the first item with id {@code id}; it is there, for {@code id} came from one. */
  private static <T, K> int indexOf(List<T> items, Function<T, K> id, K wanted) {
    for (int i = 0; i < items.size(); i++) {
      if (id.apply(items.get(i)).equals(wanted)) {
        return i;
      }
    }
    throw new IllegalStateException("no item with id " + wanted);
  }

  /**
   * Where a reference sits, such as the stakeholder {@code stakeholders[4]} or the account's {@code
   * plan}: a field of its parent (the account itself when there is none), and the element of that
   * list when {@code index} is not negative. Turned into a {@link FieldPath} only when a problem is
   * reported.
   */
  private record Owner(
      @Nullable Owner parent,
      String field,
      int index,
      @Nullable Object key,
      @Nullable Object otherKey) {

    static Owner in(@Nullable Owner parent, String field) {
      return new Owner(parent, field, -1, null, null);
    }

    static Owner element(@Nullable Owner parent, String list, int index, Object key) {
      return new Owner(parent, list, index, key, null);
    }

    static Owner element(
        @Nullable Owner parent, String list, int index, Object key, Object otherKey) {
      return new Owner(parent, list, index, key, otherKey);
    }

    FieldPath path() {
      FieldPath path = parent == null ? FieldPath.of(field) : parent.path().field(field);
      if (index < 0) {
        return path;
      }
      List<Arg> parts = new ArrayList<>(ModelCheck.keyOf(key));
      parts.addAll(ModelCheck.keyOf(otherKey));
      return path.element(index, parts);
    }
  }
}
