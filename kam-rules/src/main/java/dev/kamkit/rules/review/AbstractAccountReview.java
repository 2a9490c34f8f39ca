package dev.kamkit.rules.review;

import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * What changed in one account between the last review and now: the classifications and scores that
 * moved, with the components and reasons that moved them, and every change in its stakeholders,
 * relationships, plan, formulary, contracts, committee submissions and pipeline.
 *
 * <p>{@link #explain()} words it in English, {@link #explain(java.util.Locale)} in German or
 * French.
 */
@Value.Immutable
public abstract class AbstractAccountReview implements AccountResult {
  // Only the generated AccountReview extends this: no host subclass.
  AbstractAccountReview() {}

  /** The account reviewed. */
  @Override
  public abstract AccountId account();

  /** Its name now, for people. */
  public abstract String accountName();

  /** The day of the last review. */
  public abstract LocalDate since();

  /** The day reviewed. */
  @Override
  public abstract LocalDate asOf();

  /** The policy it was reviewed by. */
  public abstract ReviewPolicy policy();

  /** The version of the policy. */
  @Override
  public String policyVersion() {
    return policy().version();
  }

  /** The classifications that changed, in {@link ReviewedClassification} order. */
  public abstract List<ClassificationChange> classifications();

  /** The scores that moved by the policy's minimum or more, in {@link ReviewedScore} order. */
  public abstract List<ScoreChange> scores();

  /**
   * Every other change, by {@link ReviewTopic}, then by code and arguments: the same changes in the
   * same order whatever the order of the account's lists.
   */
  public abstract List<ReviewChange> changes();

  /** The changes of one topic, in order. */
  public List<ReviewChange> changes(ReviewTopic topic) {
    return changes().stream().filter(c -> c.topic() == topic).toList();
  }

  /** The changes of one code, in order. */
  public List<ReviewChange> changes(ReviewCode code) {
    return changes().stream().filter(c -> c.message().code() == code).toList();
  }

  /** Every change counted: classifications, scores and the rest. */
  public int size() {
    return classifications().size() + scores().size() + changes().size();
  }

  /** True when nothing changed. */
  public boolean isEmpty() {
    return size() == 0;
  }

  /**
   * The headline (the account, the day of the last review, the number of changes), then the
   * classifications, the scores, and each topic's changes under a heading.
   */
  @Override
  public Explanation explanation() {
    Arg account = Arg.of(account(), accountName());
    if (isEmpty()) {
      return Explanation.of(Message.of(ReviewCode.ACCOUNT_UNCHANGED, account, Arg.of(since())));
    }
    List<Explanation> lines = new ArrayList<>();
    classifications().forEach(c -> lines.add(c.explanation()));
    scores().forEach(s -> lines.add(s.explanation()));
    for (ReviewTopic topic : ReviewTopic.values()) {
      List<ReviewChange> of = changes(topic);
      if (!of.isEmpty()) {
        lines.add(
            Explanation.of(
                Message.of(ReviewCode.TOPIC, Arg.of(topic), Arg.of(of.size())),
                of.stream().map(c -> Explanation.of(c.line())).toList()));
      }
    }
    return Explanation.of(
        Message.of(ReviewCode.ACCOUNT, account, Arg.of(since()), Arg.of(size())), lines);
  }
}
