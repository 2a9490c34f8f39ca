package dev.kamkit.model.testing;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A country accounts are generated in: its ISO code, currency, regions and cities, and whether
 * EFPIA disclosure (rather than US Open Payments) applies.
 */
record Country(
    String code, Currency currency, List<String> regions, List<String> cities, boolean efpia) {

  private static final List<String> EU_MEMBERS = List.of("DE", "FR", "ES", "IT", "NL", "SE");
  private static final List<Country> KNOWN =
      List.of(
          of(
              "US",
              "USD",
              false,
              List.of("MA", "NY", "PA", "OH", "IL", "TX", "CA", "WA", "GA", "FL", "MN", "NC"),
              List.of(
                  "Boston",
                  "Cleveland",
                  "Chicago",
                  "Houston",
                  "Seattle",
                  "Atlanta",
                  "Minneapolis",
                  "Philadelphia",
                  "San Diego",
                  "Charlotte")),
          of(
              "CA",
              "CAD",
              false,
              List.of("ON", "QC", "BC", "AB"),
              List.of("Toronto", "Montreal", "Vancouver", "Calgary")),
          of(
              "GB",
              "GBP",
              true,
              List.of("England", "Scotland", "Wales"),
              List.of("London", "Manchester", "Leeds", "Glasgow", "Cardiff")),
          of(
              "DE",
              "EUR",
              true,
              List.of("Bayern", "Hessen", "Berlin", "Nordrhein-Westfalen"),
              List.of("München", "Frankfurt am Main", "Berlin", "Köln", "Düsseldorf")),
          of(
              "FR",
              "EUR",
              true,
              List.of("Île-de-France", "Auvergne-Rhône-Alpes", "Occitanie"),
              List.of("Paris", "Lyon", "Toulouse", "Marseille")),
          of(
              "ES",
              "EUR",
              true,
              List.of("Madrid", "Cataluña", "Andalucía"),
              List.of("Madrid", "Barcelona", "Sevilla")),
          of(
              "IT",
              "EUR",
              true,
              List.of("Lombardia", "Lazio", "Emilia-Romagna"),
              List.of("Milano", "Roma", "Bologna")),
          of(
              "NL",
              "EUR",
              true,
              List.of("Noord-Holland", "Zuid-Holland", "Utrecht"),
              List.of("Amsterdam", "Rotterdam", "Utrecht")),
          of(
              "CH",
              "CHF",
              true,
              List.of("Zürich", "Genève", "Bern"),
              List.of("Zürich", "Genève", "Basel")),
          of(
              "SE",
              "SEK",
              true,
              List.of("Stockholm", "Västra Götaland", "Skåne"),
              List.of("Stockholm", "Göteborg", "Malmö")),
          of(
              "JP",
              "JPY",
              false,
              List.of("Tokyo", "Osaka", "Aichi"),
              List.of("Tokyo", "Osaka", "Nagoya", "Fukuoka")),
          of(
              "AU",
              "AUD",
              false,
              List.of("NSW", "VIC", "QLD"),
              List.of("Sydney", "Melbourne", "Brisbane")));

  /** Every country the generators use. */
  static List<Country> all() {
    return KNOWN;
  }

  /** The United States. */
  static Country us() {
    return KNOWN.get(0);
  }

  /** A country, the United States most often, as in most KAM programmes. */
  static Country pick(Rng rng) {
    return rng.chance(0.6) ? us() : rng.pick(KNOWN);
  }

  /** The country with {@code code}; one with no regions and a guessed currency if unknown. */
  static Country byCode(String code) {
    for (Country country : KNOWN) {
      if (country.code.equals(code)) {
        return country;
      }
    }
    Currency currency;
    try {
      currency = Currency.getInstance(new Locale("", code));
    } catch (IllegalArgumentException e) {
      currency = Currency.getInstance("USD");
    }
    return new Country(code, currency, List.of(), List.of("Capital City"), false);
  }

  boolean isUs() {
    return code.equals("US");
  }

  /** Where an approval makes a product approved here: the country, and the EU for members. */
  List<String> approvalJurisdictions() {
    return EU_MEMBERS.contains(code) ? List.of(code, "EU") : List.of(code);
  }

  private static Country of(
      String code, String currency, boolean efpia, List<String> regions, List<String> cities) {
    return new Country(code, Currency.getInstance(currency), regions, cities, efpia);
  }
}
