package dev.kamkit.model.testing;

import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.committee.DecisionType;
import dev.kamkit.model.id.DecisionBodyId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decision bodies: a system P&amp;T committee and VAC in most accounts, other system committees,
 * and in multi-site accounts site-level committees that name their site.
 */
final class Committees {
  private static final List<DecisionBodyKind> OTHER_KINDS =
      List.of(
          DecisionBodyKind.FORMULARY,
          DecisionBodyKind.PROCUREMENT,
          DecisionBodyKind.EXECUTIVE,
          DecisionBodyKind.CLINICAL_GOVERNANCE,
          DecisionBodyKind.QUALITY,
          DecisionBodyKind.OTHER);

  private Committees() {}

  static List<DecisionBody> bodies(Scene scene, AccountSize size) {
    Rng rng = scene.rng;
    List<DecisionBody> out = new ArrayList<>();
    if (size == AccountSize.SMALL_CLINIC) {
      if (rng.chance(0.5)) {
        out.add(
            system(
                scene,
                rng.pick(
                    List.of(
                        DecisionBodyKind.PHARMACY_AND_THERAPEUTICS,
                        DecisionBodyKind.PROCUREMENT,
                        DecisionBodyKind.OTHER))));
      }
      return out;
    }
    if (rng.chance(0.85)) {
      out.add(system(scene, DecisionBodyKind.PHARMACY_AND_THERAPEUTICS));
    }
    if (rng.chance(0.7)) {
      out.add(system(scene, DecisionBodyKind.VALUE_ANALYSIS));
    }
    rng.sample(OTHER_KINDS, 0, 3).forEach(kind -> out.add(system(scene, kind)));
    List<Site> sites = scene.account.sites();
    double perSite = size == AccountSize.LARGE_IDN ? 0.3 : 0.5;
    for (Site site : sites.subList(1, sites.size())) {
      if (site.kind() == SiteKind.HOSPITAL && rng.chance(perSite)) {
        out.add(atSite(scene, site));
      }
    }
    return out;
  }

  private static DecisionBody system(Scene scene, DecisionBodyKind kind) {
    return body(scene, kind, DecisionScope.SYSTEM, "System " + label(kind), Optional.empty());
  }

  private static DecisionBody atSite(Scene scene, Site site) {
    DecisionBodyKind kind =
        scene.rng.pick(
            List.of(
                DecisionBodyKind.PHARMACY_AND_THERAPEUTICS,
                DecisionBodyKind.VALUE_ANALYSIS,
                DecisionBodyKind.CLINICAL_GOVERNANCE));
    return body(
        scene, kind, DecisionScope.SITE, site.name() + " " + label(kind), Optional.of(site));
  }

  private static DecisionBody body(
      Scene scene, DecisionBodyKind kind, DecisionScope scope, String name, Optional<Site> site) {
    Rng rng = scene.rng;
    DecisionBody.Builder body =
        DecisionBody.builder()
            .id(DecisionBodyId.of(scene.id("DB")))
            .name(name)
            .kind(kind)
            .scope(scope)
            .site(site.map(Site::id))
            .decisions(decisions(rng, kind))
            .meetingDates(meetings(rng, scene.today))
            .attributes(CustomFields.some(rng, scene.today, 0.15));
    return body.build();
  }

  private static Set<DecisionType> decisions(Rng rng, DecisionBodyKind kind) {
    Set<DecisionType> out = EnumSet.noneOf(DecisionType.class);
    if (rng.chance(0.15)) {
      return out;
    }
    out.add(
        switch (kind) {
          case PHARMACY_AND_THERAPEUTICS, FORMULARY -> DecisionType.FORMULARY_LISTING;
          case VALUE_ANALYSIS -> DecisionType.PRODUCT_STANDARDISATION;
          case PROCUREMENT -> DecisionType.CONTRACT_AWARD;
          case EXECUTIVE -> DecisionType.CAPITAL_PURCHASE;
          case CLINICAL_GOVERNANCE -> DecisionType.CLINICAL_PROTOCOL;
          case QUALITY, OTHER -> DecisionType.PROGRAMME_FUNDING;
        });
    out.addAll(rng.someOf(DecisionType.class, 0, 2));
    return out;
  }

  private static List<LocalDate> meetings(Rng rng, LocalDate today) {
    List<LocalDate> out = new ArrayList<>();
    if (rng.chance(0.2)) {
      return out;
    }
    int months = rng.chance(0.5) ? 1 : 3;
    LocalDate first = rng.date(today.minusMonths(12), today).withDayOfMonth(rng.between(1, 28));
    int count = rng.between(1, 12);
    for (int i = 0; i < count; i++) {
      out.add(first.plusMonths((long) i * months));
    }
    return out;
  }

  private static String label(DecisionBodyKind kind) {
    return switch (kind) {
      case PHARMACY_AND_THERAPEUTICS -> "P&T Committee";
      case VALUE_ANALYSIS -> "Value Analysis Committee";
      case FORMULARY -> "Formulary Subcommittee";
      case PROCUREMENT -> "Contracting Committee";
      case EXECUTIVE -> "Executive Council";
      case CLINICAL_GOVERNANCE -> "Medical Executive Committee";
      case QUALITY -> "Quality and Population Health Council";
      case OTHER -> "Innovation Board";
    };
  }
}
