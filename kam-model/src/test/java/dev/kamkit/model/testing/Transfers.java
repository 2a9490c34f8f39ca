package dev.kamkit.model.testing;

import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.engagement.NatureOfPayment;
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
    TransferOfValue.Builder transfer =
        TransferOfValue.builder()
            .id(TransferOfValueId.of(scene.id("TV")))
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
    return transfer.build();
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
