package dev.kamkit.json.deser;

import dev.kamkit.json.format.IdType;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.ArgKind;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import dev.kamkit.model.id.KamId;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads what a results document says in words: a message object {@code {"code", "args", "text"}},
 * and the same three properties where a reason or finding holds them itself.
 *
 * <p>The code is looked up among the codes kamkit ships ({@link MessageCodes}); its parameters say
 * which arguments {@code args} must hold and of which kind. Every argument is an object whose one
 * kind-naming property says what it is ({@code {"count": 2}}, {@code {"ref": "stakeholder", "id":
 * "s-1", "name": "Dr. Ada Okafor"}}, ...). {@code text} is the English words for people reading the
 * JSON; it must be text, and is otherwise ignored: the words are made again from the code and the
 * arguments, by whatever bundles the reader has.
 *
 * <p>An unknown code, a missing or extra argument, an argument of another kind than its parameter
 * takes, an enum that is not one of kamkit's public enums or a value it does not have: each is a
 * problem at the pointer of the value concerned, in lenient mode too (a message cannot be built
 * from arguments its code does not declare).
 */
final class MessageReader {
  /** The properties of a message object, in the order they are written. */
  static final List<String> PROPERTIES = List.of("code", "args", "text");

  static final Conv<Message> MESSAGE = Conv.tree("a message object", MessageReader::message);

  private static final String CODE_TEXT =
      "a message code kamkit knows, such as \"coverage.role.unheld\" (docs/reason-catalogue.md)";
  private static final Conv<MessageCode> CODE = Conv.tree(CODE_TEXT, MessageReader::code);
  private static final String ENUM_TEXT =
      "the binary name of one of kamkit's public enums, such as"
          + " \"dev.kamkit.model.stakeholder.BuyingRole\"";
  private static final Pattern ENUM_CLASS =
      Pattern.compile("dev\\.kamkit(\\.[A-Za-z_$][A-Za-z0-9_$]*)+");

  /** The property naming each kind of argument, in the order {@link ArgKind} declares them. */
  private static final Map<ArgKind, String> KEYS = keys();

  private static final String ANY_ARGUMENT =
      "an argument object with exactly one of "
          + KEYS.values().stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", "));

  private MessageReader() {}

  /** The property that names an argument of {@code kind}, for example {@code "count"}. */
  static String key(ArgKind kind) {
    String key = KEYS.get(kind);
    if (key == null) {
      throw new IllegalArgumentException("no key for argument kind " + kind);
    }
    return key;
  }

  private static Map<ArgKind, String> keys() {
    Map<ArgKind, String> keys = new EnumMap<>(ArgKind.class);
    keys.put(ArgKind.REF, "ref");
    keys.put(ArgKind.TEXT, "text");
    keys.put(ArgKind.COUNT, "count");
    keys.put(ArgKind.NUMBER, "number");
    keys.put(ArgKind.MONEY, "money");
    keys.put(ArgKind.DATE, "date");
    keys.put(ArgKind.YEAR, "year");
    keys.put(ArgKind.ENUM, "enum");
    keys.put(ArgKind.MESSAGE, "message");
    keys.put(ArgKind.LIST, "list");
    return keys;
  }

  /** {@code {"code": ..., "args": {...}, "text": ...}}. */
  private static @Nullable Message message(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a message object", PROPERTIES);
    return in == null ? null : fields(in);
  }

  /**
   * Reads {@code code}, {@code args} and {@code text} of the object {@code in} reads (a message, a
   * reason or a finding); null after recording the problems.
   */
  static @Nullable Message fields(In in) {
    ReadContext cx = in.context();
    int mark = cx.mark();
    MessageCode[] code = new MessageCode[1];
    in.req("code", CODE, c -> code[0] = c);
    JsonNode args = in.node().get("args");
    List<Arg> read = null;
    if (code[0] != null) {
      read = args(cx, args, in.at("args"), code[0]);
    } else if (args != null && !args.isObject()) {
      cx.wrongType(in.at("args"), "an object of the message's arguments by name", args);
    }
    in.opt("text", Scalars.TEXT, ignored -> {});
    if (read == null || !cx.cleanSince(mark)) {
      return null;
    }
    return new Message(code[0], read);
  }

  private static @Nullable MessageCode code(ReadContext cx, JsonNode node, Pointer at) {
    String text = Scalars.text(cx, node, at, "a message code as text");
    if (text == null) {
      return null;
    }
    Optional<MessageCode> code = MessageCodes.byCode(text);
    if (code.isEmpty()) {
      cx.invalid(at, CODE_TEXT, node);
      return null;
    }
    return code.get();
  }

  /** The arguments of {@code code}, in its parameters' order; null after recording problems. */
  private static @Nullable List<Arg> args(
      ReadContext cx, @Nullable JsonNode node, Pointer at, MessageCode code) {
    List<Param> params = code.params();
    if (node == null) {
      if (params.isEmpty()) {
        return List.of();
      }
      cx.missing(at, "the arguments of " + code.code() + ": " + describe(params));
      return null;
    }
    if (!node.isObject()) {
      cx.wrongType(at, "an object of the arguments of " + code.code() + " by name", node);
      return null;
    }
    int mark = cx.mark();
    List<String> names = params.stream().map(Param::name).toList();
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      if (!names.contains(property.getKey())) {
        // an error in lenient mode too: the code fixes its arguments, a newer minor cannot add one
        cx.problem(
            ProblemKind.UNKNOWN_PROPERTY,
            at.at(property.getKey()),
            params.isEmpty()
                ? "no arguments (" + code.code() + " takes none)"
                : "one of " + String.join(", ", names) + " (the arguments of " + code.code() + ")",
            Describe.quote(property.getKey()));
      }
    }
    List<Arg> args = new ArrayList<>(params.size());
    for (Param p : params) {
      JsonNode value = node.get(p.name());
      Pointer where = at.at(p.name());
      if (value == null) {
        cx.missing(where, describe(p.kind()) + " for " + code.code());
        continue;
      }
      Arg arg = arg(cx, value, where, p.kind());
      if (arg != null) {
        args.add(arg);
      }
    }
    return cx.cleanSince(mark) ? args : null;
  }

  /** An argument that must be of {@code kind}, as its parameter declares. */
  private static @Nullable Arg arg(ReadContext cx, JsonNode node, Pointer at, ArgKind kind) {
    if (!node.isObject()) {
      cx.wrongType(at, describe(kind), node);
      return null;
    }
    if (!node.has(key(kind))) {
      List<ArgKind> given = kindsIn(node);
      if (given.size() == 1) {
        cx.problem(ProblemKind.INVALID_VALUE, at, describe(kind), noun(given.get(0)));
      } else if (given.isEmpty()) {
        cx.missing(at.at(key(kind)), describe(kind));
      } else {
        cx.invalid(at, describe(kind), node);
      }
      return null;
    }
    return read(cx, node, at, kind);
  }

  /** An argument of any kind, as a list's element is: the one kind-naming property says which. */
  private static @Nullable Arg anyArg(ReadContext cx, JsonNode node, Pointer at) {
    if (!node.isObject()) {
      cx.wrongType(at, ANY_ARGUMENT, node);
      return null;
    }
    List<ArgKind> given = kindsIn(node);
    if (given.size() != 1) {
      cx.invalid(at, ANY_ARGUMENT, node);
      return null;
    }
    return read(cx, node, at, given.get(0));
  }

  private static List<ArgKind> kindsIn(JsonNode node) {
    List<ArgKind> kinds = new ArrayList<>();
    KEYS.forEach(
        (kind, key) -> {
          if (node.has(key)) {
            kinds.add(kind);
          }
        });
    return kinds;
  }

  private static @Nullable Arg read(ReadContext cx, JsonNode node, Pointer at, ArgKind kind) {
    In in = In.object(cx, node, at, describe(kind), properties(kind));
    if (in == null) {
      return null;
    }
    Arg[] arg = new Arg[1];
    String key = key(kind);
    switch (kind) {
      case REF -> {
        IdType[] type = new IdType[1];
        KamId[] id = new KamId[1];
        String[] name = new String[1];
        in.req(key, Scalars.ID_TYPE, t -> type[0] = t);
        if (type[0] != null) {
          in.req("id", Scalars.id(type[0]::id), i -> id[0] = i);
        } else if (!in.has("id")) {
          cx.missing(in.at("id"), "an id as text");
        }
        in.req("name", Scalars.TEXT, n -> name[0] = n);
        if (id[0] != null && name[0] != null) {
          arg[0] = Arg.of(id[0], name[0]);
        }
      }
      case TEXT -> in.req(key, Scalars.TEXT, t -> arg[0] = Arg.text(t));
      case COUNT -> in.req(key, Scalars.LONG, n -> arg[0] = Arg.of((long) n));
      case NUMBER -> in.req(key, Scalars.DECIMAL_VALUE, n -> arg[0] = Arg.of(n));
      case MONEY -> in.req(key, ValueReader.MONEY, m -> arg[0] = Arg.of(m));
      case DATE -> in.req(key, Scalars.DATE_VALUE, d -> arg[0] = Arg.of(d));
      case YEAR -> in.req(key, Scalars.INTEGER, y -> arg[0] = Arg.year(y));
      case ENUM -> {
        Class<?>[] type = new Class<?>[1];
        in.req(key, Conv.tree(ENUM_TEXT, MessageReader::enumClass), t -> type[0] = t);
        if (type[0] != null) {
          in.req("value", enumValue(type[0]), v -> arg[0] = Arg.of(v));
        } else if (!in.has("value")) {
          cx.missing(in.at("value"), "the name of one of the enum's constants");
        }
      }
      case MESSAGE -> in.req(key, MESSAGE, m -> arg[0] = Arg.of(m));
      case LIST -> {
        JsonNode list = node.get(key);
        if (!list.isArray()) {
          cx.wrongType(in.at(key), "an array of argument objects", list);
        } else {
          List<Arg> items = new ArrayList<>(list.size());
          for (int i = 0; i < list.size(); i++) {
            Arg item = anyArg(cx, list.get(i), in.at(key).at(i));
            if (item != null) {
              items.add(item);
            }
          }
          arg[0] = Arg.list(items);
        }
      }
    }
    return in.build(() -> arg[0]);
  }

  private static List<String> properties(ArgKind kind) {
    return switch (kind) {
      case REF -> List.of("ref", "id", "name");
      case ENUM -> List.of("enum", "value");
      default -> List.of(key(kind));
    };
  }

  /**
   * The public enum under {@code dev.kamkit.} that {@code node} names. Only such a name is looked
   * up, and without initialising the class, so a document cannot make the reader load or run
   * anything else.
   */
  private static @Nullable Class<?> enumClass(ReadContext cx, JsonNode node, Pointer at) {
    String name = Scalars.text(cx, node, at, ENUM_TEXT);
    if (name == null) {
      return null;
    }
    if (ENUM_CLASS.matcher(name).matches()) {
      try {
        Class<?> type = Class.forName(name, false, MessageReader.class.getClassLoader());
        if (type.isEnum() && isPublic(type)) {
          return type;
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // falls through: not a class this reader has
      }
    }
    cx.invalid(at, ENUM_TEXT, node);
    return null;
  }

  private static boolean isPublic(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** The values of enum {@code type}, by name. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Conv<Enum<?>> enumValue(Class<?> type) {
    return Scalars.enumOf((Class) type);
  }

  /** For example {@code role (enum), stakeholders (list)}. */
  private static String describe(List<Param> params) {
    return params.stream()
        .map(p -> p.name() + " (" + key(p.kind()) + ")")
        .collect(Collectors.joining(", "));
  }

  /** What an argument of {@code kind} looks like, for problems. */
  static String describe(ArgKind kind) {
    String shape =
        switch (kind) {
          case REF -> "{\"ref\": <id type>, \"id\": <id>, \"name\": <text>}";
          case TEXT -> "{\"text\": <text>}";
          case COUNT -> "{\"count\": <integer>}";
          case NUMBER -> "{\"number\": <decimal as text>}";
          case MONEY -> "{\"money\": <money object>}";
          case DATE -> "{\"date\": <YYYY-MM-DD>}";
          case YEAR -> "{\"year\": <integer>}";
          case ENUM -> "{\"enum\": <enum class>, \"value\": <constant>}";
          case MESSAGE -> "{\"message\": <message object>}";
          case LIST -> "{\"list\": [<argument object>, ...]}";
        };
    return noun(kind) + ", " + shape;
  }

  /** For example {@code a count argument}. */
  private static String noun(ArgKind kind) {
    String key = kind == ArgKind.REF ? "reference" : key(kind);
    return (kind == ArgKind.ENUM ? "an " : "a ") + key + " argument";
  }
}
