package dev.kamkit.model.testing;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Walks generated model objects by reflection and records what they exercise: the enum values met,
 * whether each optional attribute was seen present and absent, each collection empty and not, and
 * each boolean true and false. Attributes are named {@code Type.attribute}.
 *
 * <p>Immutables classes are walked through the accessors of their stored attributes (their
 * non-transient fields); records through their components.
 */
final class ModelWalker {
  private static final String MODEL = "dev.kamkit.model.";

  private final Map<Class<?>, Set<String>> enums = new HashMap<>();
  private final Map<String, Set<Boolean>> present = new TreeMap<>();
  private final Map<String, Set<Boolean>> filled = new TreeMap<>();
  private final Map<String, Set<Boolean>> flags = new TreeMap<>();
  private final Set<Class<?>> types = new java.util.HashSet<>();
  private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Class<?>, List<Method>> accessors = new HashMap<>();

  /** Walks {@code root} and everything reachable from it. */
  ModelWalker walk(Object root) {
    visit(root);
    return this;
  }

  /** The enum values met, by enum type. */
  Set<String> enumValues(Class<?> type) {
    return enums.getOrDefault(type, Set.of());
  }

  /** The model types met. */
  Set<Class<?>> types() {
    return types;
  }

  /** Optional attributes seen only present or only absent. */
  Map<String, Set<Boolean>> oneSidedOptionals() {
    return oneSided(present);
  }

  /** Collection attributes seen only empty or only non-empty. */
  Map<String, Set<Boolean>> oneSidedCollections() {
    return oneSided(filled);
  }

  /** Boolean attributes seen only true or only false. */
  Map<String, Set<Boolean>> oneSidedFlags() {
    return oneSided(flags);
  }

  private static Map<String, Set<Boolean>> oneSided(Map<String, Set<Boolean>> seen) {
    Map<String, Set<Boolean>> out = new TreeMap<>();
    seen.forEach(
        (name, values) -> {
          if (values.size() < 2) {
            out.put(name, values);
          }
        });
    return out;
  }

  private void visit(Object value) {
    if (value instanceof Enum<?> constant) {
      enums
          .computeIfAbsent(constant.getDeclaringClass(), k -> new TreeSet<>())
          .add(constant.name());
      return;
    }
    if (!value.getClass().getName().startsWith(MODEL) || !seen.add(value)) {
      return;
    }
    types.add(value.getClass());
    if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        attribute(value, component.getName(), component.getAccessor());
      }
      return;
    }
    for (Method accessor : accessors(value.getClass())) {
      attribute(value, accessor.getName(), accessor);
    }
  }

  private void attribute(Object owner, String name, Method accessor) {
    String attribute = owner.getClass().getSimpleName() + "." + name;
    Object value = invoke(accessor, owner);
    if (value instanceof Optional<?> optional) {
      present.computeIfAbsent(attribute, k -> new TreeSet<>()).add(optional.isPresent());
      optional.ifPresent(inner -> element(attribute, inner));
    } else if (value instanceof Collection<?> collection) {
      filled.computeIfAbsent(attribute, k -> new TreeSet<>()).add(!collection.isEmpty());
      collection.forEach(inner -> element(attribute, inner));
    } else if (value instanceof Map<?, ?> map) {
      filled.computeIfAbsent(attribute, k -> new TreeSet<>()).add(!map.isEmpty());
      map.values().forEach(inner -> element(attribute, inner));
    } else {
      element(attribute, value);
    }
  }

  private void element(String attribute, Object value) {
    if (value instanceof Boolean flag) {
      flags.computeIfAbsent(attribute, k -> new TreeSet<>()).add(flag);
    } else {
      visit(value);
    }
  }

  private List<Method> accessors(Class<?> type) {
    return accessors.computeIfAbsent(
        type,
        t -> {
          List<Method> out = new ArrayList<>();
          for (Field field : t.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
              continue;
            }
            try {
              out.add(t.getMethod(field.getName()));
            } catch (NoSuchMethodException e) {
              // a field with no public accessor is internal state, not an attribute
            }
          }
          return out;
        });
  }

  private static Object invoke(Method accessor, Object owner) {
    try {
      return accessor.invoke(owner);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }
}
