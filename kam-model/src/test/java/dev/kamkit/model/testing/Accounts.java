package dev.kamkit.model.testing;

import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.SiteId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The institution: kind, name, country, sites of care with their clinical units, profile. */
final class Accounts {
  private static final List<String> UNIT_NAMES = unitNames();
  private static final List<SiteKind> OTHER_SITES =
      List.of(
          SiteKind.HOSPITAL,
          SiteKind.CLINIC,
          SiteKind.INFUSION_CENTRE,
          SiteKind.AMBULATORY_SURGERY_CENTRE,
          SiteKind.PHARMACY,
          SiteKind.LONG_TERM_CARE,
          SiteKind.OTHER);

  private Accounts() {}

  /** The kind of institution an account of {@code size} usually is, sometimes another. */
  static AccountKind kind(Rng rng, AccountSize size) {
    // every kind is reachable from the three smaller sizes, so fast test runs see them all
    return switch (size) {
      case SMALL_CLINIC ->
          rng.weighted(
              List.of(
                  AccountKind.CLINIC,
                  AccountKind.PHYSICIAN_PRACTICE,
                  AccountKind.PHARMACY_CHAIN,
                  AccountKind.ACCOUNTABLE_CARE_ORGANISATION,
                  AccountKind.WHOLESALER,
                  AccountKind.OTHER),
              35,
              30,
              10,
              10,
              5,
              10);
      case COMMUNITY_HOSPITAL ->
          rng.weighted(
              List.of(
                  AccountKind.HOSPITAL,
                  AccountKind.ACCOUNTABLE_CARE_ORGANISATION,
                  AccountKind.PAYER,
                  AccountKind.GROUP_PURCHASING_ORGANISATION,
                  AccountKind.OTHER),
              70,
              8,
              8,
              7,
              7);
      case ACADEMIC_MEDICAL_CENTRE ->
          rng.weighted(
              List.of(
                  AccountKind.ACADEMIC_MEDICAL_CENTRE,
                  AccountKind.HOSPITAL,
                  AccountKind.HEALTH_AUTHORITY,
                  AccountKind.PAYER),
              75,
              10,
              10,
              5);
      case LARGE_IDN ->
          rng.weighted(
              List.of(
                  AccountKind.INTEGRATED_DELIVERY_NETWORK,
                  AccountKind.PAYER,
                  AccountKind.GROUP_PURCHASING_ORGANISATION,
                  AccountKind.WHOLESALER,
                  AccountKind.HEALTH_AUTHORITY),
              70,
              10,
              7,
              5,
              8);
    };
  }

  /** The account, with the scene's key as its id. */
  static Account account(
      Scene scene, AccountSize size, AccountKind kind, Optional<AccountId> parent) {
    Rng rng = scene.rng;
    String place = Names.place(rng);
    List<Site> sites = new ArrayList<>();
    int siteCount = rng.between(size.minSites(), size.maxSites());
    for (int i = 0; i < siteCount; i++) {
      sites.add(site(scene, size, i == 0 ? place : Names.place(rng), i == 0));
    }
    return Account.builder()
        .id(AccountId.of(scene.key))
        .name(name(rng, kind, place, scene.country))
        .kind(kind)
        .parent(parent)
        .country(scene.country.code())
        .region(region(scene))
        .sites(sites)
        .profile(Profiles.profile(scene, sites))
        .tier(rng.maybe(0.7, () -> rng.pick(AccountTier.class)))
        .attributes(CustomFields.some(rng, scene.today, 0.3))
        .facts(FactValues.draw(scene, scene.facts.account(), scene.key))
        .build();
  }

  private static Optional<String> region(Scene scene) {
    return scene.country.regions().isEmpty()
        ? Optional.empty()
        : scene.rng.maybe(0.7, () -> scene.rng.pick(scene.country.regions()));
  }

  private static String name(Rng rng, AccountKind kind, String place, Country country) {
    return switch (kind) {
      case INTEGRATED_DELIVERY_NETWORK -> place + " " + rng.pick(Names.SYSTEM_SUFFIXES);
      case ACADEMIC_MEDICAL_CENTRE -> place + " " + rng.pick(Names.AMC_SUFFIXES);
      case HOSPITAL -> place + " " + rng.pick(Names.HOSPITAL_SUFFIXES);
      case CLINIC, PHYSICIAN_PRACTICE -> place + " " + rng.pick(Names.CLINIC_SUFFIXES);
      case PAYER -> place + " " + rng.pick(Names.PAYER_SUFFIXES);
      case ACCOUNTABLE_CARE_ORGANISATION -> place + " Accountable Care";
      case GROUP_PURCHASING_ORGANISATION -> place + " Purchasing Alliance";
      case PHARMACY_CHAIN -> place + " Pharmacy";
      case WHOLESALER -> place + " Medical Distribution";
      case HEALTH_AUTHORITY ->
          country.code().equals("GB")
              ? place + " NHS Foundation Trust"
              : place + " Regional Health Authority";
      case OTHER -> place + " Care Collaborative";
    };
  }

  private static Site site(Scene scene, AccountSize size, String place, boolean main) {
    Rng rng = scene.rng;
    SiteKind kind;
    if (main) {
      kind =
          size == AccountSize.SMALL_CLINIC
              ? rng.pick(
                  List.of(
                      SiteKind.CLINIC,
                      SiteKind.INFUSION_CENTRE,
                      SiteKind.AMBULATORY_SURGERY_CENTRE,
                      SiteKind.PHARMACY,
                      SiteKind.OTHER))
              : SiteKind.HOSPITAL;
    } else {
      kind = rng.weighted(OTHER_SITES, 50, 20, 8, 8, 5, 5, 4);
    }
    Site.Builder site =
        Site.builder()
            .id(SiteId.of(scene.id("SI")))
            .name(siteName(rng, kind, place))
            .kind(kind)
            .region(region(scene));
    if (kind == SiteKind.HOSPITAL || kind == SiteKind.LONG_TERM_CARE) {
      site.beds(rng.maybe(0.8, () -> rng.between(40, 900)));
    }
    for (String unit : rng.sample(UNIT_NAMES, size.minUnitsPerSite(), size.maxUnitsPerSite())) {
      site.addClinicalUnit(
          ClinicalUnit.builder()
              .id(ClinicalUnitId.of(scene.id("CU")))
              .name(unit)
              .specialty(
                  rng.maybe(
                      0.85,
                      () -> TherapeuticArea.ofUnit(unit).map(TherapeuticArea::name).orElse(unit)))
              .build());
    }
    return site.build();
  }

  private static String siteName(Rng rng, SiteKind kind, String place) {
    return switch (kind) {
      case HOSPITAL -> place + " " + rng.pick(Names.HOSPITAL_SUFFIXES);
      case CLINIC -> place + " " + rng.pick(Names.CLINIC_SUFFIXES);
      case INFUSION_CENTRE -> place + " Infusion Center";
      case AMBULATORY_SURGERY_CENTRE -> place + " Surgery Center";
      case PHARMACY -> place + " Specialty Pharmacy";
      case LONG_TERM_CARE -> place + " Rehabilitation and Care";
      case OTHER -> place + " Health Pavilion";
    };
  }

  private static List<String> unitNames() {
    List<String> out = new ArrayList<>(TherapeuticArea.GENERAL_UNITS);
    TherapeuticArea.ALL.forEach(area -> out.addAll(area.units()));
    return List.copyOf(out);
  }
}
