package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kamkit.json.format.DocumentKind;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Round trips over generated values: text with quotes, backslashes, slashes, tildes, control
 * characters and characters outside the BMP; every kind of custom field; amounts in currencies with
 * 0, 2 and 3 decimal places; every enum value of a few types. Each written document also validates
 * against the schema.
 *
 * <p>{@link GeneratedAggregatesRoundTripTest} does the same over whole generated key accounts and
 * portfolios.
 */
class RandomRoundTripTest {
  private static final List<String> PALETTE =
      List.of(
          "a",
          "Z",
          "7",
          " ",
          "\"",
          "\\",
          "/",
          "~",
          "~1",
          "\u0001",
          "\n",
          "\t",
          "\u00e9",
          "\u4e2d",
          "\ud83d\ude00",
          "\u2028",
          "{",
          "}",
          "[",
          ":",
          ",",
          "null");
  private static final List<Currency> CURRENCIES =
      List.of(
          Currency.getInstance("USD"),
          Currency.getInstance("JPY"),
          Currency.getInstance("BHD"),
          Currency.getInstance("EUR"));

  private static Gen<String> text() {
    return lists()
        .of(Generate.pick(PALETTE))
        .ofSizeBetween(1, 8)
        .map(parts -> "x" + String.join("", parts));
  }

  private static Gen<AttributeValue> attribute() {
    Gen<AttributeValue> text = text().map(AttributeValue::text);
    Gen<AttributeValue> number =
        longs()
            .between(-1_000_000_000L, 1_000_000_000L)
            .zip(
                integers().between(-3, 6),
                (unscaled, scale) -> AttributeValue.number(BigDecimal.valueOf(unscaled, scale)));
    Gen<AttributeValue> flag = booleans().all().map(AttributeValue::flag);
    Gen<AttributeValue> date =
        integers()
            .between(-20_000, 60_000)
            .map(day -> AttributeValue.date(LocalDate.ofEpochDay(day)));
    return Generate.oneOf(text, number, flag, date);
  }

  private static Gen<Map<String, AttributeValue>> attributes() {
    return lists()
        .of(text().zip(attribute(), Map::entry))
        .ofSizeBetween(0, 4)
        .map(
            entries -> {
              Map<String, AttributeValue> map = new LinkedHashMap<>();
              entries.forEach(e -> map.put(e.getKey().strip(), e.getValue()));
              return map;
            });
  }

  private static Gen<Money> money() {
    return Generate.pick(CURRENCIES)
        .zip(
            longs().between(1, 10_000_000_000L),
            (currency, minor) ->
                Money.of(BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()), currency));
  }

  private static Gen<Stakeholder> stakeholder() {
    return text()
        .zip(
            attributes(),
            Generate.enumValues(BuyingRole.class),
            Generate.enumValues(Sentiment.class),
            (name, attributes, role, sentiment) ->
                Stakeholder.builder()
                    .id(StakeholderId.of("rnd"))
                    .name(name)
                    .title(name)
                    .function(StakeholderFunction.OTHER)
                    .addBuyingRole(role)
                    .sentiment(sentiment)
                    .putAllAttributes(attributes)
                    .build());
  }

  @Test
  void generatedAccountsRoundTrip() {
    KamJson json = KamJson.defaults();
    KeyAccount base = Fixtures.fullAccount();
    qt().withFixedSeed(20_261_122L)
        .withExamples(100)
        .forAll(stakeholder(), money(), attributes())
        .checkAssert(
            (stakeholder, amount, accountAttributes) -> {
              KeyAccount account =
                  base.withAccount(base.account().withAttributes(accountAttributes))
                      .withStakeholders(append(base.stakeholders(), stakeholder))
                      .withTransfersOfValue(
                          append(
                              base.transfersOfValue(),
                              TransferOfValue.builder()
                                  .id(TransferOfValueId.of("rnd"))
                                  .date(LocalDate.of(2026, 1, 1))
                                  .amount(amount)
                                  .form(FormOfPayment.STOCK)
                                  .nature(NatureOfPayment.GIFT)
                                  .recipient(stakeholder.id())
                                  .build()));
              String written = json.write(account);
              assertEquals(List.of(), Schemas.errors(DocumentKind.ACCOUNT, written));
              KeyAccount read = json.readAccount(written).keyAccount();
              assertEquals(account, read);
              assertEquals(written, json.write(read));
            });
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> all = new java.util.ArrayList<>(list);
    all.add(item);
    return all;
  }
}
