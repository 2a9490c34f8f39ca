package dev.kamkit.model.explain;

import java.util.Comparator;
import java.util.List;

/** The order of {@link Message#ORDER}: by code, then argument by argument, by value. */
final class MessageOrder {
  private MessageOrder() {}

  static final Comparator<Message> MESSAGES =
      Comparator.comparing((Message m) -> m.code().code())
          .thenComparing(Message::args, MessageOrder::compareAll);

  private static int compareAll(List<Arg> left, List<Arg> right) {
    int n = Math.min(left.size(), right.size());
    for (int i = 0; i < n; i++) {
      int c = compare(left.get(i), right.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(left.size(), right.size());
  }

  static int compare(Arg left, Arg right) {
    if (left.kind() != right.kind()) {
      return left.kind().compareTo(right.kind());
    }
    if (left instanceof Arg.Ref l) {
      Arg.Ref r = (Arg.Ref) right;
      int c = l.id().value().compareTo(r.id().value());
      return c != 0 ? c : l.id().getClass().getName().compareTo(r.id().getClass().getName());
    } else if (left instanceof Arg.Text l) {
      return l.text().compareTo(((Arg.Text) right).text());
    } else if (left instanceof Arg.Count l) {
      return Long.compare(l.value(), ((Arg.Count) right).value());
    } else if (left instanceof Arg.Number l) {
      return l.value().compareTo(((Arg.Number) right).value());
    } else if (left instanceof Arg.Amount l) {
      Arg.Amount r = (Arg.Amount) right;
      int c =
          l.value().currency().getCurrencyCode().compareTo(r.value().currency().getCurrencyCode());
      return c != 0 ? c : l.value().amount().compareTo(r.value().amount());
    } else if (left instanceof Arg.Day l) {
      return l.value().compareTo(((Arg.Day) right).value());
    } else if (left instanceof Arg.Year l) {
      return Integer.compare(l.value(), ((Arg.Year) right).value());
    } else if (left instanceof Arg.Choice l) {
      Enum<?> a = l.value();
      Enum<?> b = ((Arg.Choice) right).value();
      int c = a.getDeclaringClass().getName().compareTo(b.getDeclaringClass().getName());
      return c != 0 ? c : Integer.compare(a.ordinal(), b.ordinal());
    } else if (left instanceof Arg.Nested l) {
      return MESSAGES.compare(l.value(), ((Arg.Nested) right).value());
    } else {
      return compareAll(((Arg.Many) left).values(), ((Arg.Many) right).values());
    }
  }
}
