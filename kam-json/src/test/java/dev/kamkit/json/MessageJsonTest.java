package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kamkit.json.format.AccountResults;
import dev.kamkit.json.format.DocumentKind;
import dev.kamkit.json.format.IdType;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.rules.engagement.EngagementCode;
import dev.kamkit.rules.tiering.TieringCode;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.coverage.CoverageCode;
import dev.kamkit.scoring.whitespace.WhitespaceResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Messages in a results document: a code, its arguments by name and the English text. Every kind of
 * argument has its shape and reads back equal; every way a message can be wrong is reported at its
 * pointer.
 *
 * <p>Arguments of any kind are carried in {@code coverage.role.engaged}'s {@code stakeholders}
 * list, whose elements may be of any kind, inside a whitespace result's excluded reason.
 */
class MessageJsonTest {
  private static final KamJson JSON = KamJson.defaults();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final AccountId ACCOUNT = AccountId.of("a");
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 2);
  private static final String REASON = "/accounts/0/whitespace/excluded/0";
  private static final String CARRIED = REASON + "/args/stakeholders/list/0";

  /** A results document whose one reason carries {@code args} in a list argument. */
  private static ResultsDocument carrying(List<Arg> args) {
    Message message =
        Message.of(
            CoverageCode.ROLE_ENGAGED,
            Arg.of(BuyingRole.ECONOMIC_BUYER),
            Arg.list(args),
            Arg.list());
    return document(message);
  }

  private static ResultsDocument document(Message message) {
    Reason reason = Reason.of(message, Effect.GAP, List.<KamId>of(ProductId.of("p")));
    WhitespaceResult whitespace =
        WhitespaceResult.builder()
            .account(ACCOUNT)
            .asOf(AS_OF)
            .policyVersion("kamkit-whitespace-1")
            .addExcluded(reason)
            .build();
    return ResultsDocument.of(
        AS_OF, AccountResults.builder(ACCOUNT).whitespace(whitespace).build());
  }

  static Stream<Arguments> kinds() {
    Message nested = Message.of(CoverageCode.ROLE_UNMAPPED, Arg.of(BuyingRole.USER));
    return Stream.of(
        Arguments.of(
            Arg.of(StakeholderId.of("okafor"), "Dr. Ada Okafor"),
            "{\"ref\":\"stakeholder\",\"id\":\"okafor\",\"name\":\"Dr. Ada Okafor\"}"),
        Arguments.of(
            Arg.of(ProductId.of("p-1")), "{\"ref\":\"product\",\"id\":\"p-1\",\"name\":\"p-1\"}"),
        Arguments.of(Arg.text("Cardiva \"XR\""), "{\"text\":\"Cardiva \\\"XR\\\"\"}"),
        Arguments.of(Arg.of(2), "{\"count\":2}"),
        Arguments.of(Arg.of(-9_000_000_000L), "{\"count\":-9000000000}"),
        Arguments.of(Arg.of(new BigDecimal("8.53")), "{\"number\":\"8.53\"}"),
        Arguments.of(Arg.of(new BigDecimal("0.500000")), "{\"number\":\"0.500000\"}"),
        Arguments.of(
            Arg.of(Money.of("1800000.00", "USD")),
            "{\"money\":{\"amount\":\"1800000.00\",\"currency\":\"USD\"}}"),
        Arguments.of(
            Arg.of(Money.of("125", "JPY")),
            "{\"money\":{\"amount\":\"125\",\"currency\":\"JPY\"}}"),
        Arguments.of(Arg.of(LocalDate.of(2027, 3, 31)), "{\"date\":\"2027-03-31\"}"),
        Arguments.of(Arg.year(2026), "{\"year\":2026}"),
        Arguments.of(
            Arg.of(BuyingRole.ECONOMIC_BUYER),
            "{\"enum\":\"dev.kamkit.model.stakeholder.BuyingRole\",\"value\":\"ECONOMIC_BUYER\"}"),
        Arguments.of(
            Arg.of(nested),
            "{\"message\":{\"code\":\"coverage.role.unmapped\",\"args\":{\"role\":{\"enum\":"
                + "\"dev.kamkit.model.stakeholder.BuyingRole\",\"value\":\"USER\"}},\"text\":"
                + "\"No User is mapped\"}}"),
        Arguments.of(
            Arg.list(Arg.of(1), Arg.text("x")), "{\"list\":[{\"count\":1},{\"text\":\"x\"}]}"),
        Arguments.of(Arg.list(), "{\"list\":[]}"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("kinds")
  void everyKindOfArgumentHasItsShapeAndReadsBackEqual(Arg arg, String shape) {
    ResultsDocument written = carrying(List.of(arg));
    String json = JSON.write(written);
    JsonNode carried = MAPPER.readTree(json).at(CARRIED);
    JsonNode expected = MAPPER.readTree(shape);
    if (arg instanceof Arg.Nested) {
      // the nested message's words are whatever the bundle says; its code and arguments are pinned
      ((tools.jackson.databind.node.ObjectNode) expected.get("message"))
          .set("text", carried.get("message").get("text"));
    }
    assertEquals(expected, carried);
    ResultsDocument read = JSON.readResults(json);
    assertAll(
        () -> assertEquals(written, read),
        () -> assertEquals(json, JSON.write(read)),
        () -> assertEquals(List.of(), Schemas.errors(DocumentKind.RESULTS, json)));
  }

  @Test
  void aReasonIsItsMessagesCodeArgumentsAndTextThenItsEffectAndSubjects() {
    String json = JSON.write(carrying(List.of(Arg.of(3))));
    JsonNode reason = MAPPER.readTree(json).at(REASON);
    assertEquals(
        List.of("code", "args", "text", "effect", "subjects"), List.copyOf(reason.propertyNames()));
    assertEquals("coverage.role.engaged", reason.get("code").stringValue());
    assertEquals(
        List.of("role", "stakeholders", "holders"),
        List.copyOf(reason.get("args").propertyNames()));
    assertEquals(
        JSON.readResults(json)
            .accounts()
            .get(0)
            .whitespace()
            .orElseThrow()
            .excluded()
            .get(0)
            .message()
            .toString(),
        reason.get("text").stringValue());
  }

  @Test
  void aCodeWithoutParametersHasNoArgs() {
    String json = JSON.write(document(Message.of(EngagementCode.MODEL_MARKETING_CENTRIC)));
    JsonNode reason = MAPPER.readTree(json).at(REASON);
    assertFalse(reason.has("args"));
    String emptyArgs =
        json.replace(
            "\"code\": \"engagement.model.marketing-centric\",",
            "\"code\": \"engagement.model.marketing-centric\", \"args\": {},");
    assertNotEquals(json, emptyArgs);
    assertEquals(JSON.readResults(json), JSON.readResults(emptyArgs));
  }

  private static Gen<Arg> leaf() {
    Gen<Arg> ref =
        Generate.pick(List.of(IdType.values()))
            .zip(
                Generate.pick(List.of("s-1", "a/b~c", "\u00e9\u4e2d", "x y")),
                (type, id) -> Arg.of(type.id(id), "Name of " + id));
    Gen<Arg> text =
        Generate.pick(List.of("", " ", "\"q\"", "\n", "\ud83d\ude00", "{x}")).map(Arg::text);
    Gen<Arg> count = longs().all().map(n -> Arg.of((long) n));
    Gen<Arg> number =
        longs()
            .between(-1_000_000_000L, 1_000_000_000L)
            .zip(
                integers().between(0, 8),
                (unscaled, scale) -> Arg.of(BigDecimal.valueOf(unscaled, scale)));
    Gen<Arg> money =
        Generate.pick(List.of("USD", "JPY", "BHD", "EUR"))
            .zip(
                longs().between(-10_000_000_000L, 10_000_000_000L),
                (code, minor) -> {
                  Currency currency = Currency.getInstance(code);
                  return Arg.of(
                      Money.of(
                          BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()),
                          currency));
                });
    Gen<Arg> date = integers().between(-20_000, 60_000).map(d -> Arg.of(LocalDate.ofEpochDay(d)));
    Gen<Arg> year = integers().between(1900, 2200).map(Arg::year);
    Gen<Arg> choice =
        Generate.pick(
                List.<Enum<?>>of(
                    BuyingRole.USER,
                    AccountTier.TIER_3,
                    Effect.RISK,
                    dev.kamkit.rules.engagement.EngagementModel.STRATEGIC_ACCOUNT_MANAGEMENT,
                    dev.kamkit.rules.compliance.Severity.INFO))
            .map(v -> Arg.of(v));
    return Generate.oneOf(ref, text, count, number, money, date, year, choice);
  }

  /** Arguments nested up to {@code depth} lists and messages deep. */
  private static Gen<Arg> arg(int depth) {
    if (depth == 0) {
      return leaf();
    }
    Gen<Arg> inner = arg(depth - 1);
    Gen<Arg> list = lists().of(inner).ofSizeBetween(0, 3).map(items -> Arg.list(items));
    Gen<Arg> message =
        lists()
            .of(inner)
            .ofSizeBetween(0, 3)
            .map(
                items ->
                    Arg.of(
                        Message.of(
                            CoverageCode.ROLE_ENGAGED,
                            Arg.of(BuyingRole.USER),
                            Arg.list(items),
                            Arg.list(items))));
    return Generate.oneOf(leaf(), leaf(), list, message);
  }

  @Test
  void generatedArgumentsRoundTrip() {
    qt().withFixedSeed(20_261_102L)
        .withExamples(150)
        .forAll(lists().of(arg(2)).ofSizeBetween(0, 4))
        .checkAssert(
            args -> {
              ResultsDocument written = carrying(args);
              String json = JSON.write(written);
              ResultsDocument read = JSON.readResults(json);
              assertEquals(written, read);
              assertEquals(json, JSON.write(read));
              assertEquals(List.of(), Schemas.errors(DocumentKind.RESULTS, json));
            });
  }

  @Test
  void aNumberIsReadBackAtTheScaleItsTextShows() {
    // a negative scale has no plain-decimal text: 1E+3 is written "1000" and read back as 1000
    Arg thousand = Arg.of(new BigDecimal("1E+3"));
    String json = JSON.write(carrying(List.of(thousand)));
    assertEquals("\"1000\"", MAPPER.readTree(json).at(CARRIED + "/number").toString());
    Arg read =
        ((Arg.Many)
                JSON.readResults(json)
                    .accounts()
                    .get(0)
                    .whitespace()
                    .orElseThrow()
                    .excluded()
                    .get(0)
                    .message()
                    .arg("stakeholders"))
            .values()
            .get(0);
    assertEquals(Arg.of(new BigDecimal("1000")), read);
    assertEquals(0, ((Arg.Number) read).value().compareTo(new BigDecimal("1E+3")));
  }

  @Test
  void theTextIsForPeopleAndIgnoredWhenRead() {
    ResultsDocument written = carrying(List.of(Arg.of(2)));
    String json = JSON.write(written);
    String text = MAPPER.readTree(json).at(REASON + "/text").stringValue();
    assertEquals(written, JSON.readResults(json.replace(text, "Anything at all")));
    assertEquals(written, JSON.readResults(json.replace("\"text\": \"" + text + "\",", "")));
    KamJsonException e =
        assertThrows(
            KamJsonException.class, () -> JSON.readResults(json.replace("\"" + text + "\"", "12")));
    assertEquals(ProblemKind.WRONG_TYPE, e.kind());
    assertEquals(REASON + "/text", e.pointer());
  }

  static Stream<Arguments> badArguments() {
    return Stream.of(
        bad(
            "an enum kam-json keeps to itself",
            "{'enum':'dev.kamkit.json.deser.Limit','value':'ELEMENTS'}",
            ProblemKind.INVALID_VALUE,
            "/enum"),
        bad(
            "a class that is not an enum",
            "{'enum':'dev.kamkit.model.explain.Arg','value':'REF'}",
            ProblemKind.INVALID_VALUE,
            "/enum"),
        bad(
            "a class kamkit does not have",
            "{'enum':'dev.kamkit.Nothing','value':'X'}",
            ProblemKind.INVALID_VALUE,
            "/enum"),
        bad(
            "a constant's own class",
            "{'enum':'dev.kamkit.model.stakeholder.BuyingRole$1','value':'USER'}",
            ProblemKind.INVALID_VALUE,
            "/enum"),
        bad(
            "an enum without its value",
            "{'enum':'dev.kamkit.model.stakeholder.BuyingRole'}",
            ProblemKind.MISSING_PROPERTY,
            "/value"),
        bad("no kind", "{'name':'x'}", ProblemKind.INVALID_VALUE, ""),
        bad("two kinds", "{'count':1,'year':2026}", ProblemKind.INVALID_VALUE, ""),
        bad("not an object", "'x'", ProblemKind.WRONG_TYPE, ""),
        bad("a count as text", "{'count':'2'}", ProblemKind.WRONG_TYPE, "/count"),
        bad("a count with a fraction", "{'count':2.5}", ProblemKind.WRONG_TYPE, "/count"),
        bad("a number as a JSON number", "{'number':8.53}", ProblemKind.WRONG_TYPE, "/number"),
        bad(
            "a reference of an unknown type",
            "{'ref':'person','id':'s','name':'S'}",
            ProblemKind.UNKNOWN_ENUM_VALUE,
            "/ref"),
        bad(
            "a reference without a name",
            "{'ref':'stakeholder','id':'s'}",
            ProblemKind.MISSING_PROPERTY,
            "/name"),
        bad(
            "a reference with a bad id",
            "{'ref':'stakeholder','id':' s','name':'S'}",
            ProblemKind.INVALID_VALUE,
            "/id"),
        bad("an impossible date", "{'date':'2027-02-30'}", ProblemKind.INVALID_VALUE, "/date"),
        bad(
            "money with too many decimals",
            "{'money':{'amount':'1.001','currency':'USD'}}",
            ProblemKind.MODEL_VIOLATION,
            "/money/amount"),
        bad(
            "a message of an unknown code",
            "{'message':{'code':'no.such.code'}}",
            ProblemKind.INVALID_VALUE,
            "/message/code"),
        bad("a list that is not an array", "{'list':{}}", ProblemKind.WRONG_TYPE, "/list"),
        bad("a list element of no kind", "{'list':[{}]}", ProblemKind.INVALID_VALUE, "/list/0"),
        bad(
            "an unknown property beside the kind",
            "{'count':1,'unit':'beds'}",
            ProblemKind.UNKNOWN_PROPERTY,
            "/unit"));
  }

  private static Arguments bad(String name, String arg, ProblemKind kind, String within) {
    return Arguments.of(name, arg.replace('\'', '"'), kind, within);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badArguments")
  void aBadArgumentIsReportedWhereItIs(String name, String arg, ProblemKind kind, String within) {
    String json = JSON.write(carrying(List.of(Arg.of(1))));
    String broken =
        json.replaceFirst(
            "\\{\\s*\"count\": 1\\s*}", java.util.regex.Matcher.quoteReplacement(arg));
    assertNotEquals(json, broken);
    KamJsonException e = assertThrows(KamJsonException.class, () -> JSON.readResults(broken));
    assertAll(
        () -> assertEquals(kind, e.kind(), e.getMessage()),
        () -> assertEquals(CARRIED + within, e.pointer(), e.getMessage()),
        () -> assertEquals(1, e.problems().size(), e.getMessage()));
  }

  @Test
  void argumentsAreCheckedInLenientModeToo() {
    KamJson lenient = KamJson.builder().lenient().build();
    Message kept =
        Message.of(TieringCode.KEPT, Arg.of(AccountTier.TIER_2), Arg.of(new BigDecimal("5.0")));
    String json = JSON.write(document(kept));
    String extra = json.replace("\"band\": {", "\"x\": {\"count\": 1}, \"band\": {");
    KamJsonException e = assertThrows(KamJsonException.class, () -> lenient.readResults(extra));
    assertEquals(ProblemKind.UNKNOWN_PROPERTY, e.kind());
    assertEquals(REASON + "/args/x", e.pointer());
    String unknownCode = json.replace("tiering.tier.kept", "tiering.tier.kept-for-ever");
    e = assertThrows(KamJsonException.class, () -> lenient.readResults(unknownCode));
    assertEquals(ProblemKind.INVALID_VALUE, e.kind());
    assertEquals(REASON + "/code", e.pointer());
    // an unknown property beside the message's own is kept, as everywhere in lenient mode
    String beside = json.replace("\"effect\": \"GAP\"", "\"effect\": \"GAP\", \"weight\": 3");
    ResultsDocument read = lenient.readResults(beside);
    assertEquals(document(kept).accounts(), read.accounts());
    assertEquals(
        List.of(REASON + "/weight"), List.copyOf(read.unknownProperties().asMap().keySet()));
  }

  @Test
  void everyMessageOfAResultIsAMessageObject() {
    JsonNode golden = MAPPER.readTree(Golden.read("results-seed-accounts.json"));
    JsonNode riverside = golden.at("/accounts/0");
    for (String pointer :
        List.of(
            "/coverage/score/name",
            "/coverage/score/components/0/label",
            "/coverage/statusReason",
            "/health/statusReason",
            "/maturity/stages/0/criteria/0/title",
            "/engagement/complexity/factors/0/basis",
            "/engagement/recommendations/0/why")) {
      JsonNode message = riverside.at(pointer);
      assertFalse(message.isMissingNode(), pointer);
      assertEquals(
          message.has("args") ? List.of("code", "args", "text") : List.of("code", "text"),
          List.copyOf(message.propertyNames()),
          pointer);
    }
  }
}
