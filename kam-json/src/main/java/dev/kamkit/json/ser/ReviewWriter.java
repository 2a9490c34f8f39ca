package dev.kamkit.json.ser;

import dev.kamkit.json.deser.ReviewReader;
import dev.kamkit.rules.review.AccountReview;
import dev.kamkit.rules.review.ClassificationChange;
import dev.kamkit.rules.review.ComponentChange;
import dev.kamkit.rules.review.PortfolioReview;
import dev.kamkit.rules.review.ReviewChange;
import dev.kamkit.rules.review.ReviewPolicy;
import dev.kamkit.rules.review.ScoreChange;
import java.util.List;
import java.util.Optional;

/**
 * Writes the account review on its own (review-1.0.schema.json): an account's review names its
 * account, its two days and its policy whole, so it reads back equal; a portfolio's holds each
 * account's review in that form. A change is written as a reason is (its message's code, args and
 * text), with its topic first and its movement and subjects after.
 */
final class ReviewWriter {
  private final ResultsWriter results;
  private final MessageWriter messages = new MessageWriter();

  private ReviewWriter(ResultsWriter results) {
    this.results = results;
  }

  /** The serializers of the reviews and of their parts a host may hold alone. */
  static List<PartSerializer<?>> parts(ResultsWriter results) {
    ReviewWriter w = new ReviewWriter(results);
    return List.of(
        PartSerializer.of(AccountReview.class, w::account),
        PartSerializer.of(PortfolioReview.class, w::portfolio),
        PartSerializer.of(ScoreChange.class, w::score),
        PartSerializer.of(ComponentChange.class, w::component),
        PartSerializer.of(ClassificationChange.class, w::classification),
        PartSerializer.of(ReviewChange.class, w::change));
  }

  private void account(Out out, AccountReview r) {
    out.object(
        () -> {
          out.id("account", r.account());
          out.text("accountName", r.accountName());
          out.date("since", r.since());
          out.date("asOf", r.asOf());
          out.object("policy", r.policy(), ReviewWriter::policy);
          out.objects("classifications", r.classifications(), this::classification);
          out.objects("scores", r.scores(), this::score);
          out.objects("changes", r.changes(), this::change);
        });
  }

  private void portfolio(Out out, PortfolioReview p) {
    out.object(
        () -> {
          out.date("since", p.since());
          out.date("asOf", p.asOf());
          out.object("policy", p.policy(), ReviewWriter::policy);
          out.objects("membership", p.membership(), this::change);
          out.objects("accounts", p.accounts(), this::account);
        });
  }

  private static void policy(Out out, ReviewPolicy p) {
    out.object(
        () -> {
          out.text("version", p.version());
          ResultsWriter.decimal(out, "minimumScoreMove", p.minimumScoreMove());
          out.integer("quietAfterDays", p.quietAfterDays());
        });
  }

  /**
   * Its values by name, of the enum its classification names ({@link ReviewReader#valueType}): one
   * of another enum would not read back, so it is refused.
   */
  private void classification(Out out, ClassificationChange c) {
    Class<?> type = ReviewReader.valueType(c.classification());
    for (Optional<Enum<?>> value : List.of(c.previous(), c.current())) {
      if (value.isPresent() && value.get().getDeclaringClass() != type) {
        throw new IllegalArgumentException(
            "a "
                + c.classification()
                + " classification holds "
                + value.get().getDeclaringClass().getName()
                + "."
                + value.get().name()
                + ", not a "
                + type.getName());
      }
    }
    out.object(
        () -> {
          out.enumValue("classification", c.classification());
          out.enumValue("previous", c.previous());
          out.enumValue("current", c.current());
          out.enumValue("movement", c.movement());
          results.reasons(out, "appeared", c.appeared());
          results.reasons(out, "disappeared", c.disappeared());
        });
  }

  private void score(Out out, ScoreChange s) {
    out.object(
        () -> {
          out.enumValue("score", s.score());
          out.object("title", s.title(), messages::message);
          out.decimal("previous", s.previous());
          out.decimal("current", s.current());
          out.objects("components", s.components(), this::component);
          results.reasons(out, "appeared", s.appeared());
          results.reasons(out, "disappeared", s.disappeared());
        });
  }

  private void component(Out out, ComponentChange c) {
    out.object(
        () -> {
          out.text("key", c.key());
          out.object("label", c.label(), messages::message);
          ResultsWriter.decimal(out, "previous", c.previous());
          ResultsWriter.decimal(out, "current", c.current());
        });
  }

  /** {@code topic}, then the message's code, args and text as a reason has them, then the rest. */
  private void change(Out out, ReviewChange c) {
    out.object(
        () -> {
          out.enumValue("topic", c.topic());
          messages.fields(out, c.message());
          out.enumValue("movement", c.movement());
          out.objects("subjects", c.subjects(), results::subject);
        });
  }
}
