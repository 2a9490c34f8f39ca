package dev.kamkit.model.base;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns the values and keys that checks are given into typed {@link Arg arguments}, and renders
 * those for subjects and paths. Used only once a violation is found.
 */
final class Values {
  private Values() {}

  /** The value as a typed argument; null for an absent value (null or an empty Optional). */
  static @Nullable Arg arg(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Optional<?> optional) {
      return optional.isPresent() ? arg(optional.get()) : null;
    }
    if (value instanceof Arg a) {
      return a;
    }
    if (value instanceof KamId id) {
      return Arg.of(id);
    }
    if (value instanceof CharSequence text) {
      return Arg.text(text.toString());
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return Arg.of(((Number) value).longValue());
    }
    if (value instanceof BigDecimal decimal) {
      return Arg.of(decimal);
    }
    if (value instanceof BigInteger integer) {
      return Arg.of(new BigDecimal(integer));
    }
    if (value instanceof LocalDate date) {
      return Arg.of(date);
    }
    if (value instanceof Money money) {
      return Arg.of(money);
    }
    if (value instanceof Enum<?> constant) {
      return Arg.of(constant);
    }
    if (value instanceof Message message) {
      return Arg.of(message);
    }
    if (value instanceof AttributeValue attribute) {
      return attribute(attribute);
    }
    if (value instanceof Collection<?> values) {
      List<Arg> args = new ArrayList<>(values.size());
      for (Object element : values) {
        Arg a = arg(element);
        if (a != null) {
          args.add(a);
        }
      }
      return Arg.list(args);
    }
    // doubles, flags and host objects: kept as the text they show
    return Arg.text(String.valueOf(value));
  }

  private static Arg attribute(AttributeValue value) {
    if (value instanceof AttributeValue.Text text) {
      return Arg.text(text.value());
    } else if (value instanceof AttributeValue.Number number) {
      return Arg.of(number.value());
    } else if (value instanceof AttributeValue.Date date) {
      return Arg.of(date.value());
    } else {
      return Arg.text(String.valueOf(((AttributeValue.Flag) value).value()));
    }
  }

  /**
   * The parts of an id or key: none for null or an empty Optional, each element's for a list (a
   * composite key), else the one value's.
   */
  static List<Arg> key(@Nullable Object key) {
    if (key instanceof List<?> parts) {
      List<Arg> args = new ArrayList<>(parts.size());
      for (Object part : parts) {
        Arg a = arg(part);
        if (a != null) {
          args.add(a);
        }
      }
      return args;
    }
    Arg a = arg(key);
    return a == null ? List.of() : List.of(a);
  }

  /** Appends key parts as a person reads them: ids and text as they are, joined by commas. */
  static void appendKey(StringBuilder text, List<Arg> key) {
    for (int i = 0; i < key.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      appendPlain(text, key.get(i));
    }
  }

  private static void appendPlain(StringBuilder text, Arg arg) {
    if (arg instanceof Arg.Ref r) {
      text.append(r.id().value());
    } else if (arg instanceof Arg.Text t) {
      text.append(t.text());
    } else if (arg instanceof Arg.Count c) {
      text.append(c.value());
    } else if (arg instanceof Arg.Number n) {
      text.append(n.value().toPlainString());
    } else if (arg instanceof Arg.Amount a) {
      text.append(a.value());
    } else if (arg instanceof Arg.Day d) {
      text.append(d.value());
    } else if (arg instanceof Arg.Year y) {
      text.append(y.value());
    } else if (arg instanceof Arg.Choice c) {
      text.append(c.value().name());
    } else if (arg instanceof Arg.Nested n) {
      text.append(n.value());
    } else {
      text.append('[');
      appendKey(text, ((Arg.Many) arg).values());
      text.append(']');
    }
  }
}
