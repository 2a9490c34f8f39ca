package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGenerator;
import dev.kamkit.model.testing.KamGens;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.evaluation.Kamkit;
import dev.kamkit.rules.maturity.MaturityStage;
import dev.kamkit.rules.review.AccountReview;
import dev.kamkit.rules.review.ClassificationChange;
import dev.kamkit.rules.review.Movement;
import dev.kamkit.rules.review.PortfolioReview;
import dev.kamkit.rules.review.ReviewChange;
import dev.kamkit.rules.review.ReviewCode;
import dev.kamkit.rules.review.ReviewPolicy;
import dev.kamkit.rules.review.ReviewedClassification;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account review on its own (review-1.0.schema.json): an account's or a portfolio's review,
 * reviewed over generated accounts against a changed copy, is written as the schema says and reads
 * back equal; bad input fails naming the place and the value.
 */
class ReviewJsonTest {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new KamkitModule()).build();
  private static final Kamkit KAMKIT = Kamkit.withDefaults();
  private static final LocalDate AS_OF = KamGenerator.DEFAULT_REFERENCE_DATE;
  private static final LocalDate SINCE = AS_OF.minusMonths(3);
  private static final String SCHEMA = "review-1.0.schema.json#/$defs/";

  /**
   * Writes {@code value}, checks the JSON against the review schema's definition {@code def}, reads
   * it back equal and writes the same again; returns the JSON as a tree.
   */
  private static <T> JsonNode roundTrips(T value, Class<T> type, String def) {
    String json = MAPPER.writeValueAsString(value);
    assertEquals(List.of(), Schemas.errors(SCHEMA + def, json), def);
    T back = MAPPER.readValue(json, type);
    assertEquals(value, back, def);
    assertEquals(json, MAPPER.writeValueAsString(back), def + " written again");
    return MAPPER.readTree(json);
  }

  /** {@code a} with one more stakeholder, whom nobody holds yet. */
  private static KeyAccount newcomer(KeyAccount a) {
    List<Stakeholder> all = new ArrayList<>(a.stakeholders());
    all.add(
        Stakeholder.builder()
            .id(StakeholderId.of("review-newcomer"))
            .name("New pharmacist")
            .function(StakeholderFunction.PHARMACY)
            .build());
    return KeyAccount.copyOf(a).withStakeholders(all);
  }

  @Test
  void anAccountsReviewAgainstAChangedCopyReadsBackEqual() {
    int[] changes = {0, 0};
    qt().withFixedSeed(20_261_206L)
        .withExamples(12)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.COMMUNITY_HOSPITAL))
        .checkAssert(
            a -> {
              AccountReview review = KAMKIT.review(a, SINCE, newcomer(a), AS_OF);
              JsonNode json = roundTrips(review, AccountReview.class, "accountReview");
              assertEquals(review.account().value(), json.get("account").stringValue());
              changes[0] += review.changes().size();
              changes[1] += review.scores().stream().mapToInt(s -> s.components().size()).sum();
            });
    assertTrue(changes[0] > 12, "the generated reviews hold changes: " + changes[0]);
    assertTrue(changes[1] > 0, "and scores whose components moved: " + changes[1]);
  }

  @Test
  void anAccountReviewedTheOtherWayRoundReadsBackEqual() {
    qt().withFixedSeed(20_261_207L)
        .withExamples(8)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.COMMUNITY_HOSPITAL))
        .checkAssert(
            a -> {
              AccountReview review = KAMKIT.review(newcomer(a), SINCE, a, AS_OF);
              roundTrips(review, AccountReview.class, "accountReview");
              assertFalse(review.changes(ReviewCode.STAKEHOLDER_DEPARTED).isEmpty());
            });
  }

  @Test
  void aPortfolioReviewReadsBackEqual() {
    qt().withFixedSeed(20_261_208L)
        .withExamples(5)
        .forAll(KamGens.portfolios(1, 3))
        .checkAssert(
            p -> {
              List<KeyAccount> now = new ArrayList<>(p.accounts());
              now.set(0, newcomer(now.get(0)));
              Portfolio current = Portfolio.copyOf(p).withAccounts(now);
              Portfolio previous = Portfolio.copyOf(p).withAccounts(p.accounts().subList(0, 1));
              PortfolioReview review = KAMKIT.review(previous, SINCE, current, AS_OF);
              roundTrips(review, PortfolioReview.class, "portfolioReview");
              assertEquals(p.accounts().size() - 1, review.membership().size());
            });
  }

  @Test
  void theSeedPortfolioReviewedAgainstItselfAQuarterEarlierReadsBackEqual() {
    Portfolio seeds = SeedAccounts.portfolio();
    PortfolioReview review =
        KAMKIT.review(seeds, SeedAccounts.AS_OF.minusMonths(3), seeds, SeedAccounts.AS_OF);
    JsonNode json = roundTrips(review, PortfolioReview.class, "portfolioReview");
    assertEquals(ReviewPolicy.DEFAULT_VERSION, json.at("/policy/version").stringValue());
    assertEquals("0.01", json.at("/policy/minimumScoreMove").stringValue());
    assertEquals(90, json.at("/policy/quietAfterDays").intValue());
    assertEquals(SeedAccounts.AS_OF.toString(), json.at("/accounts/0/asOf").stringValue());
  }

  @Test
  void aPortfolioReviewHoldingAnAccountReviewOfOtherDaysIsAnInvalidValueAtIt() {
    Portfolio seeds = SeedAccounts.portfolio();
    PortfolioReview review =
        KAMKIT.review(seeds, SeedAccounts.AS_OF.minusMonths(3), seeds, SeedAccounts.AS_OF);
    String json = MAPPER.writeValueAsString(review);
    String day = "\"asOf\":\"" + SeedAccounts.AS_OF + "\"";
    int second = json.indexOf(day, json.indexOf("\"accounts\""));
    String bad =
        json.substring(0, second)
            + json.substring(second).replaceFirst(day, "\"asOf\":\"2020-01-01\"");
    KamJsonException e =
        assertThrows(KamJsonException.class, () -> MAPPER.readValue(bad, PortfolioReview.class));
    assertEquals(ProblemKind.INVALID_VALUE, e.kind());
    assertEquals("", e.pointer());
    assertTrue(e.expected().contains("2020-01-01"), e.expected());
    assertTrue(e.expected().contains(review.accounts().get(0).account().value()), e.expected());
  }

  @Test
  void aChangeIsWrittenAsAReasonIsWithItsTopicMovementAndSubjects() {
    KeyAccount a = SeedAccounts.riversideHealth();
    AccountReview review = KAMKIT.review(a, AS_OF, newcomer(a), AS_OF);
    JsonNode json = roundTrips(review, AccountReview.class, "accountReview");
    JsonNode added = null;
    for (JsonNode c : json.get("changes")) {
      if (c.get("code").stringValue().equals(ReviewCode.STAKEHOLDER_ADDED.code())) {
        added = c;
      }
    }
    assertTrue(added != null, json::toString);
    assertEquals("STAKEHOLDERS", added.get("topic").stringValue());
    assertEquals("BETTER", added.get("movement").stringValue());
    assertEquals("stakeholder", added.at("/subjects/0/type").stringValue());
    assertEquals("review-newcomer", added.at("/subjects/0/id").stringValue());
    assertEquals("review-newcomer", added.at("/args/stakeholder/id").stringValue());
  }

  @Test
  void aClassificationsValuesAreOfTheEnumItNames() {
    ClassificationChange moved =
        ClassificationChange.builder()
            .classification(ReviewedClassification.MATURITY)
            .previous(MaturityStage.ALIGNED_ROLES)
            .current(MaturityStage.STRATEGIC_PLAN)
            .movement(Movement.BETTER)
            .build();
    JsonNode json = roundTrips(moved, ClassificationChange.class, "classificationChange");
    assertEquals("ALIGNED_ROLES", json.get("previous").stringValue());
    String tierValue = json.toString().replace("\"ALIGNED_ROLES\"", "\"TIER_1\"");
    KamJsonException other =
        assertThrows(
            KamJsonException.class, () -> MAPPER.readValue(tierValue, ClassificationChange.class));
    assertEquals(ProblemKind.UNKNOWN_ENUM_VALUE, other.kind());
    assertEquals("/previous", other.pointer());
    assertFalse(Schemas.errors(SCHEMA + "classificationChange", tierValue).isEmpty());

    ClassificationChange wrong =
        ClassificationChange.builder().from(moved).current(Movement.NOTED).build();
    assertThrows(IllegalArgumentException.class, () -> MAPPER.writeValueAsString(wrong));
  }

  @Test
  void badInputNamesThePlaceAndTheValue() {
    KeyAccount a = SeedAccounts.riversideHealth();
    String json = MAPPER.writeValueAsString(KAMKIT.review(a, AS_OF, newcomer(a), AS_OF));
    String badTopic = json.replaceFirst("\"topic\":\"STAKEHOLDERS\"", "\"topic\":\"PEOPLE\"");
    KamJsonException topic =
        assertThrows(KamJsonException.class, () -> MAPPER.readValue(badTopic, AccountReview.class));
    assertEquals(ProblemKind.UNKNOWN_ENUM_VALUE, topic.kind());
    assertTrue(topic.pointer().matches("/changes/\\d+/topic"), topic.pointer());
    assertTrue(topic.found().contains("PEOPLE"), topic.found());
    assertFalse(Schemas.errors(SCHEMA + "accountReview", badTopic).isEmpty());

    String badPolicy = json.replace("\"quietAfterDays\":90", "\"quietAfterDays\":0");
    KamJsonException policy =
        assertThrows(
            KamJsonException.class, () -> MAPPER.readValue(badPolicy, AccountReview.class));
    assertEquals("/policy/quietAfterDays", policy.pointer());
    assertTrue(policy.found().contains("0"), policy.found());
    assertFalse(Schemas.errors(SCHEMA + "accountReview", badPolicy).isEmpty());

    String unknown = json.replaceFirst("\\{\"account\"", "{\"accounts\":1,\"account\"");
    KamJsonException extra =
        assertThrows(KamJsonException.class, () -> MAPPER.readValue(unknown, AccountReview.class));
    assertEquals(ProblemKind.UNKNOWN_PROPERTY, extra.kind());
    assertEquals("/accounts", extra.pointer());
    assertFalse(Schemas.errors(SCHEMA + "accountReview", unknown).isEmpty());
  }

  @Test
  void theDocsNameEachFormsSchemaPropertiesInOrderAndTheirExampleReads() throws IOException {
    String section = FormatDoc.section("The account review on its own");
    JsonNode defs = MAPPER.readTree(Schemas.schemaText("review-1.0.schema.json")).get("$defs");
    List<String> types = FormatDoc.typesNamingTheirProperties(section, defs);
    assertEquals(
        List.of(
            "AccountReview",
            "PortfolioReview",
            "ReviewPolicy",
            "ClassificationChange",
            "ScoreChange",
            "ComponentChange",
            "ReviewChange"),
        types);
    String example = section.substring(section.indexOf("```json") + 7, section.lastIndexOf("```"));
    ReviewChange change = MAPPER.readValue(example, ReviewChange.class);
    assertEquals(ReviewCode.STAKEHOLDER_ADDED, change.message().code());
    assertEquals(List.of(), Schemas.errors(SCHEMA + "reviewChange", example));
  }
}
