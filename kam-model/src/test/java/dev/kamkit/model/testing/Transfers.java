package dev.kamkit.model.testing;

import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.engagement.ItemKind;
import dev.kamkit.model.engagement.MealSetting;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ServiceAgreement;
import dev.kamkit.model.engagement.ThirdPartyKind;
import dev.kamkit.model.engagement.ThirdPartyRecipient;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.engagement.TravelDestination;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.Stakeholder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Transfers of value: mostly meals, single or shared with a headcount, then fees, travel, grants to
 * the institution and the rarer natures, each to exactly one kind of recipient.
 */
final class Transfers {
  private static final List<NatureOfPayment> NATURES = List.of(NatureOfPayment.values());
  // weights in the enum's order: meals dominate real Open Payments data
  private static final int[] WEIGHTS = {8, 6, 1, 1, 3, 3, 2, 1, 45, 8, 5, 2, 1, 1, 5, 2, 1, 2, 1};

  private static final List<MealSetting> MEAL_SETTINGS = List.of(MealSetting.values());

  private Transfers() {}

  static List<TransferOfValue> some(Scene scene, int n) {
    List<TransferOfValue> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(one(scene));
    }
    return out;
  }

  static TransferOfValue one(Scene scene) {
    Rng rng = scene.rng;
    NatureOfPayment nature = rng.weighted(NATURES, WEIGHTS);
    LocalDate date = rng.date(scene.today.minusDays(730), scene.today);
    TransferOfValueId id = TransferOfValueId.of(scene.id("TV"));
    TransferOfValue.Builder transfer =
        TransferOfValue.builder()
            .id(id)
            .nature(nature)
            .form(form(rng, nature))
            .description(rng.maybe(0.7, () -> describe(nature)))
            .attributes(CustomFields.some(rng, scene.today, 0.1));
    if (!scene.interactions.isEmpty() && rng.chance(0.25)) {
      Interaction interaction = rng.pick(scene.interactions);
      if (interaction.status() == InteractionStatus.COMPLETED) {
        // paid at the meeting it belongs to
        transfer.interaction(interaction.id());
        date = interaction.date();
      }
    }
    transfer.date(date);
    boolean toInstitution =
        scene.stakeholders.isEmpty()
            || (institutional(nature) && rng.chance(0.6))
            || rng.chance(0.02);
    boolean group =
        !toInstitution && nature == NatureOfPayment.FOOD_AND_BEVERAGE && rng.chance(0.5);
    long low = low(nature);
    long high = high(nature);
    if (toInstitution) {
      transfer.organisation(
          rng.chance(0.8) || scene.account.parent().isEmpty()
              ? scene.account.id()
              : scene.account.parent().get());
    } else if (group) {
      List<Stakeholder> attendees = rng.sample(hcps(scene), 2, 8);
      attendees.forEach(s -> transfer.addAttendee(s.id()));
      transfer.headcount(rng.maybe(0.75, () -> attendees.size() + rng.between(0, 6)));
      low *= 4;
      high *= 6;
    } else {
      transfer.recipient(rng.pick(hcps(scene)).id());
    }
    transfer.amount(Amounts.between(rng, scene.country.currency(), low, high));
    rng.sample(scene.ownProducts(), 0, 3).forEach(p -> transfer.addRelatedProduct(p.id()));
    if (nature == NatureOfPayment.TRAVEL_AND_LODGING && rng.chance(0.9)) {
      transfer.travelDestination(destination(rng, scene.country));
    }
    compliance(scene, Rng.keyed(id.value()), transfer.build(), transfer);
    transfer.facts(FactValues.draw(scene, scene.facts.transfer(), id.value()));
    return transfer.build();
  }

  /**
   * Therapeutic area, agreement, meal setting and item kind, drawn from the transfer's own stream:
   * mostly consistent with the rest of the record, sometimes not, for the rules to find.
   */
  private static void compliance(
      Scene scene, Rng rng, TransferOfValue drawn, TransferOfValue.Builder transfer) {
    NatureOfPayment nature = drawn.nature();
    if (rng.chance(0.5)) {
      transfer.therapeuticArea(
          drawn.relatedProducts().isEmpty() || rng.chance(0.1)
              ? rng.pick(TherapeuticArea.ALL).name()
              : scene.products.stream()
                  .filter(p -> p.id().equals(drawn.relatedProducts().get(0)))
                  .findFirst()
                  .orElseThrow()
                  .therapeuticArea());
    }
    List<ServiceAgreement> own =
        scene.agreements.stream()
            .filter(a -> a.stakeholder().equals(drawn.recipient()) && drawn.recipient().isPresent())
            .toList();
    if (!own.isEmpty() && paidUnderAgreement(nature) && rng.chance(0.8)) {
      transfer.agreement(rng.pick(own).id());
    } else if (!scene.agreements.isEmpty() && rng.chance(0.04)) {
      transfer.agreement(rng.pick(scene.agreements).id());
    }
    if (nature == NatureOfPayment.FOOD_AND_BEVERAGE && rng.chance(0.7)) {
      transfer.mealSetting(rng.weighted(MEAL_SETTINGS, 50, 15, 10, 15, 10));
    }
    if ((nature == NatureOfPayment.GIFT || nature == NatureOfPayment.EDUCATION)
        && rng.chance(0.7)) {
      transfer.item(rng.chance(0.8) ? ItemKind.EDUCATIONAL : ItemKind.NON_EDUCATIONAL);
    }
    if (!drawn.isGroup() && rng.chance(0.08)) {
      transfer.thirdParty(thirdParty(rng));
    }
    if (drawn.recipient().isPresent() && rng.chance(0.03)) {
      // mostly paid to an employee, sometimes to a contractor, for the pack to tell apart
      transfer.employmentCompensation(true);
    }
  }

  /**
   * A third party: mostly a named entity (a practice, a university, a charity), sometimes an
   * individual, and rarely an entity without its name, for the rules to find.
   */
  private static ThirdPartyRecipient thirdParty(Rng rng) {
    if (rng.chance(0.25)) {
      return ThirdPartyRecipient.builder()
          .kind(ThirdPartyKind.INDIVIDUAL)
          .coveredRecipient(rng.chance(0.5))
          .build();
    }
    boolean charity = rng.chance(0.3);
    return ThirdPartyRecipient.builder()
        .kind(ThirdPartyKind.ENTITY)
        .name(
            rng.maybe(
                0.9,
                () ->
                    charity
                        ? rng.pick(List.of("Children's Cancer Fund", "Heart Health Foundation"))
                        : rng.pick(
                            List.of("Lakeside Cardiology Associates", "University Physicians"))))
        .charity(charity)
        .coveredRecipient(!charity && rng.chance(0.3))
        .build();
  }

  private static boolean paidUnderAgreement(NatureOfPayment nature) {
    return switch (nature) {
      case CONSULTING_FEE,
          SERVICES_OTHER_THAN_CONSULTING,
          SPEAKER_UNACCREDITED_CONTINUING_EDUCATION,
          SPEAKER_ACCREDITED_CONTINUING_EDUCATION,
          SPEAKER_MEDICAL_EDUCATION,
          HONORARIA,
          TRAVEL_AND_LODGING ->
          true;
      default -> false;
    };
  }

  private static List<Stakeholder> hcps(Scene scene) {
    List<Stakeholder> hcps = scene.engageable().stream().filter(Stakeholder::isHcp).toList();
    return hcps.isEmpty() ? scene.stakeholders : hcps;
  }

  private static boolean institutional(NatureOfPayment nature) {
    return switch (nature) {
      case GRANT,
          CHARITABLE_CONTRIBUTION,
          SPACE_RENTAL_OR_FACILITY_FEES,
          EDUCATION,
          LONG_TERM_MEDICAL_SUPPLY_OR_DEVICE_LOAN ->
          true;
      default -> false;
    };
  }

  private static FormOfPayment form(Rng rng, NatureOfPayment nature) {
    return switch (nature) {
      case OWNERSHIP_OR_INVESTMENT_INTEREST ->
          rng.pick(
              List.of(
                  FormOfPayment.STOCK,
                  FormOfPayment.STOCK_OPTION,
                  FormOfPayment.OTHER_OWNERSHIP_INTEREST));
      case ROYALTY_OR_LICENSE, ACQUISITIONS ->
          rng.chance(0.3)
              ? FormOfPayment.DIVIDEND_PROFIT_OR_RETURN
              : FormOfPayment.CASH_OR_CASH_EQUIVALENT;
      case FOOD_AND_BEVERAGE,
          TRAVEL_AND_LODGING,
          GIFT,
          ENTERTAINMENT,
          EDUCATION,
          LONG_TERM_MEDICAL_SUPPLY_OR_DEVICE_LOAN ->
          rng.chance(0.85)
              ? FormOfPayment.IN_KIND_ITEMS_AND_SERVICES
              : FormOfPayment.CASH_OR_CASH_EQUIVALENT;
      default -> FormOfPayment.CASH_OR_CASH_EQUIVALENT;
    };
  }

  private static long low(NatureOfPayment nature) {
    return switch (nature) {
      case FOOD_AND_BEVERAGE, GIFT, ENTERTAINMENT -> 8;
      case TRAVEL_AND_LODGING, EDUCATION, SPACE_RENTAL_OR_FACILITY_FEES -> 150;
      case LONG_TERM_MEDICAL_SUPPLY_OR_DEVICE_LOAN -> 500;
      case GRANT,
          CHARITABLE_CONTRIBUTION,
          ROYALTY_OR_LICENSE,
          OWNERSHIP_OR_INVESTMENT_INTEREST,
          ACQUISITIONS,
          DEBT_FORGIVENESS ->
          1_000;
      default -> 300;
    };
  }

  private static long high(NatureOfPayment nature) {
    return switch (nature) {
      case FOOD_AND_BEVERAGE -> 150;
      case GIFT, ENTERTAINMENT -> 100;
      case TRAVEL_AND_LODGING, EDUCATION -> 3_000;
      case SPACE_RENTAL_OR_FACILITY_FEES -> 5_000;
      case LONG_TERM_MEDICAL_SUPPLY_OR_DEVICE_LOAN -> 20_000;
      case GRANT,
          CHARITABLE_CONTRIBUTION,
          ROYALTY_OR_LICENSE,
          OWNERSHIP_OR_INVESTMENT_INTEREST,
          ACQUISITIONS,
          DEBT_FORGIVENESS ->
          250_000;
      default -> 6_000;
    };
  }

  private static TravelDestination destination(Rng rng, Country home) {
    Country country = rng.chance(0.7) ? home : rng.pick(Country.all());
    TravelDestination.Builder destination =
        TravelDestination.builder().city(rng.pick(country.cities())).country(country.code());
    if (country.isUs() || country.code().equals("CA")) {
      destination.state(rng.maybe(0.9, () -> rng.pick(country.regions())));
    }
    return destination.build();
  }

  private static String describe(NatureOfPayment nature) {
    return switch (nature) {
      case FOOD_AND_BEVERAGE -> "Lunch and learn";
      case TRAVEL_AND_LODGING -> "Travel to advisory board";
      case CONSULTING_FEE -> "Advisory board participation";
      case GRANT -> "Independent medical education grant";
      default -> nature.cmsName();
    };
  }
}
