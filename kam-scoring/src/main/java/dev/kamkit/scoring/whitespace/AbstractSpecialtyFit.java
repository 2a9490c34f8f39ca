package dev.kamkit.scoring.whitespace;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Which clinical units' specialties fit which therapeutic areas: whether a product may be proposed
 * in a unit when the whitespace cell names no indication. Both are free text in the model ({@code
 * ClinicalUnit.specialty}, {@code Product.therapeuticArea}, {@code Indication.therapeuticArea}), so
 * they are compared as {@linkplain #key(String) keys}: Unicode NFC, lower case ({@code
 * Locale.ROOT}), surrounding blanks removed and each run of blanks inside as one space. {@code "
 * Oncology"} and {@code "ONCOLOGY "} are the same; {@code "Haematology-Oncology"} and {@code
 * "Oncology"} are not.
 *
 * <p>A specialty fits an area when their keys are equal (the model records a unit's "specialty or
 * therapeutic area, matched against products' therapeutic areas") or when {@link
 * #areasBySpecialty()} maps the specialty to the area. The default table is empty: kamkit found no
 * published table of which specialties treat which therapeutic areas that it could check, and a
 * fact it cannot check is never a default (docs/sources.md, "What is not sourced"). A host whose
 * units record specialties in other words than its products' areas supplies the table:
 *
 * <pre>{@code
 * SpecialtyFit fit = SpecialtyFit.defaults()
 *     .withAreasBySpecialty(Map.of(
 *         "Haematology-Oncology", Set.of("Oncology", "Haematology"),
 *         "Infusion Center", Set.of("Infusion therapy")));
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractSpecialtyFit {
  // Only the generated SpecialtyFit extends this: no host subclass.
  AbstractSpecialtyFit() {}

  /** The default fit: equal keys only, no table. */
  public static SpecialtyFit defaults() {
    return SpecialtyFit.builder().build();
  }

  /**
   * Specialties, as units record them, to the therapeutic areas each also fits, as products and
   * indications record them; compared by {@link #key(String)}. Empty by default. No two specialties
   * may have the same key, and each maps to at least one area.
   */
  public abstract Map<String, Set<String>> areasBySpecialty();

  /** The table by key: specialty key to area keys. */
  @Value.Derived
  @Value.Auxiliary
  Map<String, Set<String>> byKey() {
    Map<String, Set<String>> out = new HashMap<>();
    areasBySpecialty()
        .forEach(
            (specialty, areas) -> {
              Set<String> keys = new TreeSet<>();
              areas.forEach(a -> keys.add(key(a)));
              out.merge(key(specialty), keys, (x, y) -> x);
            });
    return Map.copyOf(out);
  }

  /** True if a unit of {@code specialty} fits at least one of {@code areas}. */
  public boolean fits(String specialty, Collection<String> areas) {
    String s = key(specialty);
    Set<String> mapped = byKey().getOrDefault(s, Set.of());
    for (String area : areas) {
      String a = key(area);
      if (a.equals(s) || mapped.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What {@code specialty} fits, as the host should read it: the specialty itself, then the areas
   * the table maps it to, as recorded in the table, in order.
   */
  public SortedSet<String> fittingAreas(String specialty) {
    SortedSet<String> out = new TreeSet<>();
    out.add(specialty.strip());
    String s = key(specialty);
    areasBySpecialty()
        .forEach(
            (k, areas) -> {
              if (key(k).equals(s)) {
                areas.forEach(a -> out.add(a.strip()));
              }
            });
    return out;
  }

  /**
   * The therapeutic areas of {@code product}'s indications approved in {@code country} on {@code
   * date}, in order: an indication without an area of its own is in its product's area (as {@code
   * Indication.therapeuticArea} says, it records one only where the product spans several). Empty
   * when no indication is approved there then.
   */
  public static SortedSet<String> approvedAreas(Product product, String country, LocalDate date) {
    SortedSet<String> out = new TreeSet<>();
    for (Indication i : product.indications()) {
      if (i.isApproved(country, date)) {
        out.add(i.therapeuticArea().orElse(product.therapeuticArea()));
      }
    }
    return out;
  }

  /**
   * The comparison key of a specialty or area: NFC, lower case in {@link Locale#ROOT}, stripped,
   * and each run of whitespace inside as one space.
   */
  public static String key(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return BLANKS.matcher(nfc.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  private static final Pattern BLANKS = Pattern.compile("\\s+");

  /** Rejects blank entries, a specialty without areas, and two specialties with the same key. */
  @Value.Check
  protected void check() {
    ModelCheck check = ModelCheck.of("SpecialtyFit", null);
    Map<String, String> seen = new HashMap<>();
    areasBySpecialty()
        .forEach(
            (specialty, areas) -> {
              check.nonBlank("areasBySpecialty", specialty);
              check.nonEmpty("areasBySpecialty", areas);
              check.allNonBlank("areasBySpecialty", areas);
              String other = seen.putIfAbsent(key(specialty), specialty);
              if (other != null) {
                check.fail("areasBySpecialty", specialty, ModelCode.DUPLICATE);
              }
            });
    check.throwIfInvalid();
  }
}
