package dev.kamkit.json.deser;

import dev.kamkit.model.account.AccountTier;
import dev.kamkit.rules.engagement.EngagementModel;
import dev.kamkit.rules.maturity.MaturityStage;
import dev.kamkit.rules.maturity.RelationshipStage;
import dev.kamkit.rules.review.AccountReview;
import dev.kamkit.rules.review.ClassificationChange;
import dev.kamkit.rules.review.ComponentChange;
import dev.kamkit.rules.review.Movement;
import dev.kamkit.rules.review.PortfolioReview;
import dev.kamkit.rules.review.ReviewChange;
import dev.kamkit.rules.review.ReviewPolicy;
import dev.kamkit.rules.review.ReviewTopic;
import dev.kamkit.rules.review.ReviewedClassification;
import dev.kamkit.rules.review.ReviewedScore;
import dev.kamkit.rules.review.ScoreChange;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the account review on its own, as {@code ReviewWriter} writes it (review-1.0.schema.json).
 * Its reasons, messages and subjects are read by {@link ResultsReader} and {@link MessageReader},
 * and checked as there.
 */
public final class ReviewReader {
  static final List<String> ACCOUNT =
      List.of(
          "account",
          "accountName",
          "since",
          "asOf",
          "policy",
          "classifications",
          "scores",
          "changes");
  static final List<String> PORTFOLIO =
      List.of("since", "asOf", "policy", "membership", "accounts");
  static final List<String> POLICY = List.of("version", "minimumScoreMove", "quietAfterDays");
  static final List<String> CLASSIFICATION =
      List.of("classification", "previous", "current", "movement", "appeared", "disappeared");
  static final List<String> SCORE =
      List.of("score", "title", "previous", "current", "components", "appeared", "disappeared");
  static final List<String> COMPONENT = List.of("key", "label", "previous", "current");
  static final List<String> CHANGE =
      List.of("topic", "code", "args", "text", "movement", "subjects");

  private static final Conv<AccountReview> ACCOUNT_OBJECT =
      Conv.tree("an account review object", ReviewReader::account);
  private static final Conv<ReviewPolicy> POLICY_OBJECT =
      Conv.tree("a review policy object", ReviewReader::policy);
  private static final Conv<ClassificationChange> CLASSIFICATION_OBJECT =
      Conv.tree("a classification change object", ReviewReader::classification);
  private static final Conv<ScoreChange> SCORE_OBJECT =
      Conv.tree("a score change object", ReviewReader::score);
  private static final Conv<ComponentChange> COMPONENT_OBJECT =
      Conv.tree("a component change object", ReviewReader::component);
  private static final Conv<ReviewChange> CHANGE_OBJECT =
      Conv.tree("a review change object", ReviewReader::change);

  private ReviewReader() {}

  /**
   * The enum a classification's values are of: the tier {@link AccountTier}, the KAM maturity stage
   * {@link MaturityStage}, the relationship stage {@link RelationshipStage}, the engagement model
   * {@link EngagementModel}.
   */
  public static Class<? extends Enum<?>> valueType(ReviewedClassification classification) {
    return switch (classification) {
      case TIER -> AccountTier.class;
      case MATURITY -> MaturityStage.class;
      case RELATIONSHIP -> RelationshipStage.class;
      case ENGAGEMENT -> EngagementModel.class;
    };
  }

  /** The reviews and their parts, with their conversions, for {@link PartDeserializer}. */
  static List<Map.Entry<Class<?>, Conv<?>>> parts() {
    return List.of(
        Map.entry(AccountReview.class, ACCOUNT_OBJECT),
        Map.entry(
            PortfolioReview.class, Conv.tree("a portfolio review object", ReviewReader::portfolio)),
        Map.entry(ClassificationChange.class, CLASSIFICATION_OBJECT),
        Map.entry(ScoreChange.class, SCORE_OBJECT),
        Map.entry(ComponentChange.class, COMPONENT_OBJECT),
        Map.entry(ReviewChange.class, CHANGE_OBJECT));
  }

  private static @Nullable AccountReview account(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "an account review object", ACCOUNT);
    if (in == null) {
      return null;
    }
    AccountReview.Builder b = AccountReview.builder();
    in.req("account", ResultsReader.ACCOUNT_ID, b::account);
    in.req("accountName", Scalars.TEXT, b::accountName);
    in.req("since", Scalars.DATE_VALUE, b::since);
    in.req("asOf", Scalars.DATE_VALUE, b::asOf);
    in.req("policy", POLICY_OBJECT, b::policy);
    in.list("classifications", CLASSIFICATION_OBJECT, b::addAllClassifications);
    in.list("scores", SCORE_OBJECT, b::addAllScores);
    in.list("changes", CHANGE_OBJECT, b::addAllChanges);
    return in.build(b::build);
  }

  private static @Nullable PortfolioReview portfolio(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a portfolio review object", PORTFOLIO);
    if (in == null) {
      return null;
    }
    PortfolioReview.Builder b = PortfolioReview.builder();
    in.req("since", Scalars.DATE_VALUE, b::since);
    in.req("asOf", Scalars.DATE_VALUE, b::asOf);
    in.req("policy", POLICY_OBJECT, b::policy);
    in.list("membership", CHANGE_OBJECT, b::addAllMembership);
    in.list("accounts", ACCOUNT_OBJECT, b::addAllAccounts);
    return in.build(b::build);
  }

  private static @Nullable ReviewPolicy policy(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a review policy object", POLICY);
    if (in == null) {
      return null;
    }
    ReviewPolicy.Builder b = ReviewPolicy.builder();
    in.req("version", Scalars.TEXT, b::version);
    in.req("minimumScoreMove", Scalars.DECIMAL_VALUE, b::minimumScoreMove);
    in.req("quietAfterDays", Scalars.INTEGER, b::quietAfterDays);
    return in.build(b::build);
  }

  /** Its values are read as the enum its classification names ({@link #valueType}). */
  private static @Nullable ClassificationChange classification(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a classification change object", CLASSIFICATION);
    if (in == null) {
      return null;
    }
    ClassificationChange.Builder b = ClassificationChange.builder();
    ReviewedClassification[] which = new ReviewedClassification[1];
    in.req(
        "classification",
        Scalars.enumOf(ReviewedClassification.class),
        c -> {
          which[0] = c;
          b.classification(c);
        });
    if (which[0] != null) {
      Conv<Enum<?>> value = MessageReader.enumValue(valueType(which[0]));
      in.opt("previous", value, b::previous);
      in.opt("current", value, b::current);
    }
    in.req("movement", Scalars.enumOf(Movement.class), b::movement);
    in.list("appeared", ResultsReader.REASON_OBJECT, b::addAllAppeared);
    in.list("disappeared", ResultsReader.REASON_OBJECT, b::addAllDisappeared);
    return in.build(b::build);
  }

  private static @Nullable ScoreChange score(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a score change object", SCORE);
    if (in == null) {
      return null;
    }
    ScoreChange.Builder b = ScoreChange.builder();
    in.req("score", Scalars.enumOf(ReviewedScore.class), b::score);
    in.req("title", MessageReader.MESSAGE, b::title);
    in.opt("previous", Scalars.DECIMAL_VALUE, b::previous);
    in.opt("current", Scalars.DECIMAL_VALUE, b::current);
    in.list("components", COMPONENT_OBJECT, b::addAllComponents);
    in.list("appeared", ResultsReader.REASON_OBJECT, b::addAllAppeared);
    in.list("disappeared", ResultsReader.REASON_OBJECT, b::addAllDisappeared);
    return in.build(b::build);
  }

  private static @Nullable ComponentChange component(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a component change object", COMPONENT);
    if (in == null) {
      return null;
    }
    ComponentChange.Builder b = ComponentChange.builder();
    in.req("key", Scalars.TEXT, b::key);
    in.req("label", MessageReader.MESSAGE, b::label);
    in.req("previous", Scalars.DECIMAL_VALUE, b::previous);
    in.req("current", Scalars.DECIMAL_VALUE, b::current);
    return in.build(b::build);
  }

  /** A change: its topic, the message's code, args and text as a reason has them, the rest. */
  private static @Nullable ReviewChange change(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a review change object", CHANGE);
    if (in == null) {
      return null;
    }
    ReviewChange.Builder b = ReviewChange.builder();
    in.req("topic", Scalars.enumOf(ReviewTopic.class), b::topic);
    var message = MessageReader.fields(in);
    if (message != null) {
      b.message(message);
    }
    in.req("movement", Scalars.enumOf(Movement.class), b::movement);
    in.list("subjects", ResultsReader.SUBJECT_OBJECT, b::addAllSubjects);
    return in.build(b::build);
  }
}
