package dev.kamkit.rules.review;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The changes of one review as they are found; one per review, never shared. */
final class Changes {
  private static final Comparator<ReviewChange> ORDER =
      Comparator.comparing(ReviewChange::topic)
          .thenComparing(ReviewChange::message, Message.ORDER)
          .thenComparing(c -> c.subjects().toString());

  private final ReviewTopic topic;
  private final List<ReviewChange> found;

  private Changes(ReviewTopic topic, List<ReviewChange> found) {
    this.topic = topic;
    this.found = found;
  }

  static Changes of(ReviewTopic topic) {
    return new Changes(topic, new ArrayList<>());
  }

  /** The same list, for changes of another topic. */
  Changes about(ReviewTopic other) {
    return new Changes(other, found);
  }

  /** Records a change of this topic concerning {@code subjects}. */
  void add(Movement movement, List<? extends KamId> subjects, ReviewCode code, Arg... args) {
    found.add(
        ReviewChange.builder()
            .topic(topic)
            .movement(movement)
            .message(Message.of(code, args))
            .subjects(subjects)
            .build());
  }

  /** Every change found, in the review's order. */
  List<ReviewChange> sorted() {
    List<ReviewChange> all = new ArrayList<>(found);
    all.sort(ORDER);
    return all;
  }

  /** {@code values} by key, the first of each key kept. */
  static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
    Map<K, V> map = new LinkedHashMap<>();
    values.forEach(v -> map.putIfAbsent(key.apply(v), v));
    return map;
  }

  /** Better when {@code to} ranks above {@code from}, worse when below, else noted. */
  static Movement byRank(int from, int to) {
    return to > from ? Movement.BETTER : to < from ? Movement.WORSE : Movement.NOTED;
  }
}
