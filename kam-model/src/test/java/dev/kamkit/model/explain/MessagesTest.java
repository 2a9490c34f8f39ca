package dev.kamkit.model.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.broken.BrokenCode;
import dev.kamkit.model.explain.sample.SampleCode;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final Message RETIRING =
      Message.of(
          SampleCode.RETIRING,
          Arg.of(StakeholderId.of("okafor"), "Dr. Ada Okafor"),
          Arg.of(LocalDate.of(2027, 3, 31)));

  @Test
  void namedArgumentsAreFilledInTheLanguageAsked() {
    assertEquals("Dr. Ada Okafor is retiring on 2027-03-31", Messages.english().format(RETIRING));
    assertEquals(
        "Dr. Ada Okafor geht am 31.03.2027 in den Ruhestand",
        Messages.in(Locale.GERMAN).format(RETIRING));
    assertEquals(
        "Dr. Ada Okafor part à la retraite le 31/03/2027",
        Messages.in(Locale.FRENCH).format(RETIRING));
    assertEquals(
        "Dr. Ada Okafor geht am 31.03.2027 in den Ruhestand",
        Messages.in(Locale.GERMANY).format(RETIRING),
        "a country's locale gets its language's words");
  }

  @Test
  void anIdAloneIsWordedByTheHostsNamesAndANamedOneKeepsItsName() {
    StakeholderId okafor = StakeholderId.of("okafor");
    Map<KamId, String> byId =
        Map.of(okafor, "Dr. Ada Okafor", TeamMemberId.of("okafor"), "Owen Okafor (rep)");
    Messages named = Messages.in(Locale.GERMAN).withNames(id -> Optional.ofNullable(byId.get(id)));
    LocalDate day = LocalDate.of(2027, 3, 31);
    assertEquals(
        "Dr. Ada Okafor geht am 31.03.2027 in den Ruhestand",
        named.format(Message.of(SampleCode.RETIRING, Arg.of(okafor), Arg.of(day))));
    assertEquals(
        "okafor geht am 31.03.2027 in den Ruhestand",
        Messages.in(Locale.GERMAN)
            .format(Message.of(SampleCode.RETIRING, Arg.of(okafor), Arg.of(day))),
        "without names an id is its value");
    assertEquals(
        "Dr. Okafor geht am 31.03.2027 in den Ruhestand",
        named.format(Message.of(SampleCode.RETIRING, Arg.of(okafor, "Dr. Okafor"), Arg.of(day))),
        "a result's own name wins");
    assertEquals(
        "Gehalten von Owen Okafor (rep), Dr. Ada Okafor, nobody",
        named.format(
            Message.of(
                SampleCode.NAMES,
                Arg.list(
                    List.<KamId>of(TeamMemberId.of("okafor"), okafor, StakeholderId.of("nobody")),
                    Arg::of))),
        "ids of two types with one value are told apart; an unknown id is its value");
    assertEquals(
        "Dr. Ada Okafor geht am 31.03.2027 in den Ruhestand",
        named
            .withMoneyStyle(MoneyStyle.COMPACT)
            .format(Message.of(SampleCode.RETIRING, Arg.of(okafor), Arg.of(day))),
        "another money style keeps the names");
  }

  @Test
  void aLanguageKamkitDoesNotShipGetsEnglishWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      Messages italian = Messages.in(Locale.ITALIAN);
      assertEquals(Locale.ENGLISH, italian.locale());
      assertEquals("Dr. Ada Okafor is retiring on 2027-03-31", italian.format(RETIRING));
      assertEquals("Dr. Ada Okafor is retiring on 2027-03-31", Messages.english().format(RETIRING));
      assertEquals("Dr. Ada Okafor is retiring on 2027-03-31", RETIRING.toString());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void countsChooseTheirPlural() {
    Messages en = Messages.english();
    assertEquals(
        "no active relationship", en.format(Message.of(SampleCode.RELATIONSHIPS, Arg.of(0))));
    assertEquals(
        "one active relationship", en.format(Message.of(SampleCode.RELATIONSHIPS, Arg.of(1))));
    assertEquals(
        "1,204 active relationships",
        en.format(Message.of(SampleCode.RELATIONSHIPS, Arg.of(1204))));
    assertEquals(
        "1.204 aktive Beziehungen",
        Messages.in(Locale.GERMAN).format(Message.of(SampleCode.RELATIONSHIPS, Arg.of(1204))));
  }

  @Test
  void numbersUseTheLanguagesSeparators() {
    Message points = Message.of(SampleCode.POINTS, Arg.of(new BigDecimal("8.525")));
    assertEquals("8.52 points", Messages.english().format(points), "half-even, as scores round");
    assertEquals("8,52 Punkte", Messages.in(Locale.GERMAN).format(points));
    assertEquals("8,52 pts", Messages.in(Locale.FRENCH).format(points));
  }

  @Test
  void moneyKeepsItsCurrencyAndItsCurrencysDecimals() {
    Message spend =
        Message.of(SampleCode.SPEND, Arg.of(Money.of("1800000", "USD")), Arg.year(2026));
    assertEquals("1,800,000.00\u00a0USD in program year 2026", Messages.english().format(spend));
    assertEquals(
        "1.800.000,00\u00a0USD im Programmjahr 2026", Messages.in(Locale.GERMAN).format(spend));
    assertEquals(
        "1\u202f800\u202f000,00\u00a0USD pour l'année de programme 2026",
        Messages.in(Locale.FRENCH).format(spend));
    assertEquals("1,500\u00a0JPY", Messages.english().format(Arg.of(Money.of("1500", "JPY"))));
  }

  @Test
  void aReportAsksForCompactMoneyInItsLanguage() {
    Arg amount = Arg.of(Money.of("1800000", "USD"));
    assertEquals(MoneyStyle.FULL, Messages.english().moneyStyle());
    assertEquals("$1.8M", Messages.english().withMoneyStyle(MoneyStyle.COMPACT).format(amount));
    assertEquals(
        "1,8\u00a0Mio.\u00a0$",
        Messages.in(Locale.GERMAN).withMoneyStyle(MoneyStyle.COMPACT).format(amount));
    assertEquals(
        "1,8\u00a0M\u00a0$US",
        Messages.in(Locale.FRENCH).withMoneyStyle(MoneyStyle.COMPACT).format(amount));
    // under a thousand nothing is abbreviated, so the cents stay
    Messages compact = Messages.english().withMoneyStyle(MoneyStyle.COMPACT);
    assertEquals("$850.40", compact.format(Arg.of(Money.of("850.40", "USD"))));
    assertEquals(
        "1,500\u00a0JPY",
        compact.withMoneyStyle(MoneyStyle.FULL).format(Arg.of(Money.of("1500", "JPY"))));
  }

  @Test
  void compactMoneyAbbreviatesFromAThousandOn() {
    assertEquals("$999.99", compact("999.99", "USD"));
    assertEquals("$1K", compact("1000", "USD"));
    assertEquals("$1.2K", compact("1249.99", "USD"));
  }

  @Test
  void smallCompactSumsKeepExactlyTheirCurrencysDecimals() {
    assertEquals("$0.10", compact("0.1", "USD"));
    assertEquals("¥850", compact("850", "JPY"));
    assertEquals("KWD0.125", compact("0.125", "KWD"));
    assertEquals("CLF12.3456", compact("12.3456", "CLF"));
    assertEquals(
        "12,50\u00a0€",
        Messages.in(Locale.GERMAN)
            .withMoneyStyle(MoneyStyle.COMPACT)
            .format(Arg.of(Money.of("12.5", "EUR"))));
  }

  /** An amount as a report words it in English. */
  private static String compact(String amount, String currency) {
    return Messages.english()
        .withMoneyStyle(MoneyStyle.COMPACT)
        .format(Arg.of(Money.of(amount, currency)));
  }

  @Test
  void fullMoneyIsExactBeyondWhatADoubleHolds() {
    assertEquals(
        "12,345,678,901,234,567.89\u00a0USD",
        Messages.english().format(Arg.of(Money.of("12345678901234567.89", "USD"))));
  }

  @Test
  void enumValuesNestedMessagesAndListsAreWordedInPlace() {
    Messages de = Messages.in(Locale.GERMAN);
    assertEquals(
        "Kein wirtschaftlicher Entscheider erfasst",
        de.format(Message.of(SampleCode.ROLE, Arg.of(SampleCode.Role.ECONOMIC_BUYER))));
    assertEquals(
        "Denn: Dr. Ada Okafor geht am 31.03.2027 in den Ruhestand",
        de.format(Message.of(SampleCode.QUOTE, Arg.of(RETIRING))));
    assertEquals(
        "Held by Jordan Reyes, Sam Park",
        Messages.english()
            .format(
                Message.of(
                    SampleCode.NAMES, Arg.list(List.of("Jordan Reyes", "Sam Park"), Arg::text))));
    assertEquals(
        "Rivalis's product is not our whitespace",
        Messages.english().format(Message.of(SampleCode.COMPETITOR, Arg.text("Rivalis"))),
        "a doubled apostrophe in a pattern is one in the words");
  }

  @Test
  void lowerGivesTheMidSentenceFormAndLeavesAcronymsAlone() {
    Message m = nobodyHolds(SampleCode.Role.ECONOMIC_BUYER);
    assertEquals(
        "Nobody holds the economic buyer; P&T committee and GPO stay",
        Messages.english().format(m));
    assertEquals(
        "Niemand betreut den wirtschaftlicher Entscheider; Arzneimittelkommission und"
            + " Einkaufsgemeinschaft bleiben",
        Messages.in(Locale.GERMAN).format(m),
        "German keeps its capitals: its patterns do not ask for the lower form");
    assertEquals(
        "Personne ne suit le décideur économique ; commission P&T et centrale d'achat restent",
        Messages.in(Locale.FRENCH).format(m));
  }

  @Test
  void lowerWordsAListElementByElementAndLeavesOtherTextAlone() {
    Message ask =
        Message.of(
            SampleCode.ASK,
            Arg.text("Dr. Ada Okafor"),
            Arg.list(
                Arg.of(SampleCode.Role.ECONOMIC_BUYER),
                Arg.of(SampleCode.Role.PT_COMMITTEE),
                Arg.of(SampleCode.Role.GPO)));
    assertEquals(
        "Demandez à Dr. Ada Okafor : décideur économique, commission P&T, centrale d'achat",
        Messages.in(Locale.FRENCH).format(ask));
    assertEquals(
        "Ask Dr. Ada Okafor about the economic buyer, P&T committee, GPO",
        Messages.english().format(ask));
    assertEquals(
        "Fragen Sie Dr. Ada Okafor nach wirtschaftlicher Entscheider, Arzneimittelkommission,"
            + " Einkaufsgemeinschaft",
        Messages.in(Locale.GERMAN).format(ask));
  }

  @Test
  void lowerLeavesAOneCharacterNameAsItIs() {
    assertEquals(
        "Nobody holds the ?; P&T committee and GPO stay",
        Messages.english().format(nobodyHolds(SampleCode.Role.UNKNOWN)));
  }

  private static Message nobodyHolds(SampleCode.Role role) {
    return Message.of(
        SampleCode.MID_SENTENCE,
        Arg.of(role),
        Arg.of(SampleCode.Role.PT_COMMITTEE),
        Arg.of(SampleCode.Role.GPO));
  }

  @Test
  void aNameThatIsNoParameterIsLeftAsWrittenForTheBundleContractToReport() {
    List<Param> params = List.of(Param.text("name"), Param.choice("role"));
    boolean[] lowered = new boolean[2];
    assertEquals(
        "{0} and {other} as {3}",
        Messages.positional("{name} and {other} as {role,lower}", params, lowered));
    assertEquals(List.of(false, true), List.of(lowered[0], lowered[1]));
  }

  @Test
  void whatABundleLacksIsShownAsItsCodeAndArgumentsNeverAsAnError() {
    assertEquals(
        "broken.unworded(name=x, count=2)",
        Messages.english().format(Message.of(BrokenCode.UNWORDED, Arg.text("x"), Arg.of(2))));
    assertEquals("unnamed", Messages.english().name(BrokenCode.Colour.UNNAMED));
    assertEquals("named", Messages.english().name(BrokenCode.Colour.NAMED));
    assertEquals(
        "Only English and French",
        Messages.in(Locale.GERMAN).format(Message.of(BrokenCode.MISSING_IN_GERMAN)),
        "a key missing from a translation falls back to the English");
  }

  @Test
  void anExplanationIsIndentedTwoSpacesPerLevel() {
    Explanation e =
        Explanation.of(
            Message.of(SampleCode.RELATIONSHIPS, Arg.of(2)),
            Explanation.of(
                RETIRING, Explanation.of(Message.of(SampleCode.POINTS, Arg.of(BigDecimal.ONE)))),
            Explanation.of(Message.of(SampleCode.COMPETITOR, Arg.text("Rivalis"))));
    assertEquals(
        String.join(
            "\n",
            "2 active relationships",
            "  Dr. Ada Okafor is retiring on 2027-03-31",
            "    1.00 points",
            "  Rivalis's product is not our whitespace"),
        Messages.english().explain(e));
    Explainable result = () -> e;
    assertEquals(Messages.english().explain(e), result.explain());
    assertEquals(Messages.in(Locale.FRENCH).explain(e), result.explain(Locale.FRENCH));
  }
}
