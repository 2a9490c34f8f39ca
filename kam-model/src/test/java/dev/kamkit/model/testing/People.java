package dev.kamkit.model.testing;

import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.CommitteeRole;
import dev.kamkit.model.stakeholder.EmploymentBasis;
import dev.kamkit.model.stakeholder.Influence;
import dev.kamkit.model.stakeholder.ManufacturerEmployment;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderInfluence;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The account's stakeholders: leaders first, then staff, each reporting (when known) to someone
 * more senior generated before them, so reporting lines never form a cycle.
 */
final class People {
  private static final List<StakeholderStatus> STATUSES = List.of(StakeholderStatus.values());

  private People() {}

  static List<Stakeholder> stakeholders(Scene scene, AccountSize size) {
    Rng rng = scene.rng;
    int n = rng.between(size.minStakeholders(), size.maxStakeholders());
    List<Role> roles = new ArrayList<>(rng.sample(Role.LEADERS, Math.max(1, Math.min(10, n / 12))));
    while (roles.size() < n) {
      roles.add(rng.pick(Role.STAFF_ROLES));
    }
    // most senior first, so everyone's manager is generated before them
    roles.sort(Comparator.comparing(Role::seniority).reversed());
    List<Draft> drafts = new ArrayList<>();
    for (Role role : roles) {
      drafts.add(draft(scene, role, drafts));
    }
    Seats.assign(scene, drafts);
    return drafts.stream().map(d -> d.builder().build()).toList();
  }

  /** One stakeholder who fits into the scene's account, reporting to someone already in it. */
  static Stakeholder one(Scene scene) {
    Role role = scene.rng.pick(Role.STAFF_ROLES);
    Stakeholder.Builder builder = draft(scene, role, List.of()).builder();
    List<Stakeholder> seniors =
        scene.stakeholders.stream()
            .filter(s -> s.seniority().map(level -> level.outranks(role.seniority())).orElse(false))
            .toList();
    if (!seniors.isEmpty() && scene.rng.chance(0.8)) {
      builder.reportsTo(scene.rng.pick(seniors).id());
    }
    if (!scene.bodies.isEmpty() && scene.rng.chance(0.3)) {
      builder.addCommitteeMembership(
          CommitteeMembership.of(
              scene.rng.pick(scene.bodies).id(), scene.rng.pick(CommitteeRole.class)));
    }
    return builder.build();
  }

  /** Influences between distinct stakeholders, each pair at most once. */
  static List<StakeholderInfluence> influences(Scene scene) {
    Rng rng = scene.rng;
    List<Stakeholder> people = scene.stakeholders;
    int count = people.size() < 2 ? 0 : rng.between(0, people.size() * 2 / 3);
    Set<String> seen = new HashSet<>();
    List<StakeholderInfluence> out = new ArrayList<>();
    for (int attempt = 0; attempt < count * 3 && out.size() < count; attempt++) {
      Stakeholder from = rng.pick(people);
      Stakeholder to = rng.pick(people);
      if (!from.id().equals(to.id()) && seen.add(from.id() + "->" + to.id())) {
        out.add(StakeholderInfluence.of(from.id(), to.id(), rng.pick(Influence.class)));
      }
    }
    return out;
  }

  private static Draft draft(Scene scene, Role role, List<Draft> earlier) {
    Rng rng = scene.rng;
    StakeholderId id = StakeholderId.of(scene.id("SH"));
    Optional<Site> site = site(scene, role);
    Optional<ClinicalUnit> unit =
        role.inUnit() ? site.map(s -> rng.pick(s.clinicalUnits())) : Optional.empty();
    StakeholderStatus status = rng.weighted(STATUSES, 84, 6, 3, 7);
    Stakeholder.Builder builder =
        Stakeholder.builder()
            .id(id)
            .name(Names.person(rng))
            .title(
                rng.maybe(0.9, () -> role.titleIn(unit.map(ClinicalUnit::name).orElse("Medicine"))))
            .function(role.function())
            .buyingRoles(buyingRoles(rng, role.function()))
            .sentiment(rng.maybe(0.8, () -> rng.pick(Sentiment.class)))
            .influence(rng.maybe(0.8, () -> influence(rng, role.seniority())))
            .seniority(rng.maybe(0.85, role::seniority))
            .reportsTo(manager(rng, role, earlier))
            .site(site.map(Site::id))
            .clinicalUnit(unit.map(ClinicalUnit::id))
            .attributes(CustomFields.some(rng, scene.today, 0.2))
            .facts(FactValues.draw(scene, scene.facts.stakeholder(), id.value()));
    if (status != StakeholderStatus.ACTIVE || rng.chance(0.1)) {
      builder.status(status);
    }
    if (status == StakeholderStatus.RETIRING) {
      builder.departureDate(
          rng.maybe(0.75, () -> rng.date(scene.today.plusDays(14), scene.today.plusDays(400))));
    } else if (status == StakeholderStatus.DEPARTED) {
      builder.departureDate(
          rng.maybe(0.85, () -> rng.date(scene.today.minusYears(3), scene.today.minusDays(1))));
    }
    if (!role.professions().isEmpty() && rng.chance(0.9)) {
      builder.hcp(HcpIdentities.identity(scene, role, unit));
    }
    Rng own = Rng.keyed(id.value() + "/employment"); // its own stream: the scene's is unchanged
    if (own.chance(0.06)) {
      builder.manufacturerEmployment(employment(own, scene.today));
    }
    return new Draft(id, role, site, status, builder);
  }

  /** Work for the manufacturer: as an employee or a contractor, over a span or open-ended. */
  private static ManufacturerEmployment employment(Rng rng, LocalDate today) {
    Optional<LocalDate> since =
        rng.maybe(0.7, () -> rng.date(today.minusYears(6), today.minusDays(200)));
    return ManufacturerEmployment.builder()
        .basis(rng.chance(0.7) ? EmploymentBasis.EMPLOYEE : EmploymentBasis.CONTRACTOR)
        .since(since)
        .until(
            rng.maybe(0.3, () -> rng.date(since.orElse(today.minusYears(1)), today.plusDays(365))))
        .build();
  }

  private static Optional<Site> site(Scene scene, Role role) {
    List<Site> sites = scene.sites();
    boolean leader = role.seniority().compareTo(Seniority.SENIOR_LEADER) >= 0;
    if (sites.isEmpty() || leader || (!role.inUnit() && scene.rng.chance(0.5))) {
      return Optional.empty();
    }
    return Optional.of(scene.rng.chance(0.4) ? sites.get(0) : scene.rng.pick(sites));
  }

  private static Optional<StakeholderId> manager(Rng rng, Role role, List<Draft> earlier) {
    if (!rng.chance(0.85)) {
      return Optional.empty();
    }
    List<Draft> seniors =
        earlier.stream().filter(d -> d.role().seniority().outranks(role.seniority())).toList();
    List<Draft> sameFunction =
        seniors.stream().filter(d -> d.role().function() == role.function()).toList();
    List<Draft> pool = !sameFunction.isEmpty() && rng.chance(0.7) ? sameFunction : seniors;
    return pool.isEmpty() ? Optional.empty() : Optional.of(rng.pick(pool).id());
  }

  private static Set<BuyingRole> buyingRoles(Rng rng, StakeholderFunction function) {
    Set<BuyingRole> out = EnumSet.noneOf(BuyingRole.class);
    switch (function) {
      case EXECUTIVE, FINANCE, PAYER -> {
        if (rng.chance(0.7)) {
          out.add(BuyingRole.ECONOMIC_BUYER);
        }
      }
      case PHARMACY, PROCUREMENT, IT -> {
        if (rng.chance(0.7)) {
          out.add(BuyingRole.TECHNICAL_BUYER);
        }
      }
      case CLINICAL, NURSING, MEDICAL -> {
        if (rng.chance(0.6)) {
          out.add(BuyingRole.USER);
        }
        if (rng.chance(0.25)) {
          out.add(BuyingRole.CLINICAL_CHAMPION);
        }
      }
      default -> {}
    }
    if (rng.chance(0.2)) {
      out.add(BuyingRole.INFLUENCER);
    }
    if (rng.chance(0.08)) {
      out.add(BuyingRole.COACH);
    }
    if (rng.chance(0.08)) {
      out.add(BuyingRole.BLOCKER);
    }
    return out;
  }

  private static Influence influence(Rng rng, Seniority seniority) {
    Influence[] all = Influence.values();
    // seniority shifts influence up; chance keeps every level reachable from every rank
    int base = Math.min(all.length - 1, seniority.ordinal() * all.length / 5);
    int shift = rng.between(-1, 1);
    return all[Math.max(0, Math.min(all.length - 1, base + shift))];
  }

  /** A stakeholder under construction, with what committee seats are chosen from. */
  record Draft(
      StakeholderId id,
      Role role,
      Optional<Site> site,
      StakeholderStatus status,
      Stakeholder.Builder builder) {}
}
