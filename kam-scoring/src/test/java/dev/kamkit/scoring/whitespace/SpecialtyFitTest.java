package dev.kamkit.scoring.whitespace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGenerator;
import dev.kamkit.model.testing.KamGens;
import dev.kamkit.scoring.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SpecialtyFitTest {
  private static final LocalDate AS_OF = KamGenerator.DEFAULT_REFERENCE_DATE;

  @Test
  void keysIgnoreCaseSurroundingBlanksRunsOfBlanksAndUnicodeComposition() {
    assertEquals("radiation oncology", SpecialtyFit.key("  Radiation \t ONCOLOGY\n"));
    // "é" precomposed and as "e" + combining acute accent
    assertEquals(SpecialtyFit.key("H\u00e9matologie"), SpecialtyFit.key("He\u0301matologie"));
    assertEquals("haematology-oncology", SpecialtyFit.key("Haematology-Oncology"));
  }

  @Test
  void byDefaultASpecialtyFitsOnlyAnAreaWithTheSameKey() {
    SpecialtyFit fit = SpecialtyFit.defaults();
    assertTrue(fit.fits("oncology ", List.of("Cardiology", "Oncology")));
    assertFalse(fit.fits("Haematology-Oncology", List.of("Oncology")));
    assertFalse(fit.fits("Oncology", List.of()));
    assertEquals(Set.of("Haematology-Oncology"), fit.fittingAreas(" Haematology-Oncology"));
  }

  @Test
  void theTableAddsAreasToASpecialtyNotTheOtherWayRound() {
    SpecialtyFit fit =
        SpecialtyFit.defaults()
            .withAreasBySpecialty(
                Map.of("Haematology-Oncology", Set.of("Oncology", "Haematology")));
    assertTrue(fit.fits("HAEMATOLOGY-ONCOLOGY", List.of("oncology")));
    assertTrue(fit.fits("Haematology-Oncology", List.of("Haematology-Oncology")));
    // the table says what an Haematology-Oncology unit treats, not what an Oncology unit treats
    assertFalse(fit.fits("Oncology", List.of("Haematology-Oncology")));
    assertEquals(
        List.of("Haematology", "Oncology", "haematology-oncology"),
        List.copyOf(fit.fittingAreas(" haematology-oncology")));
  }

  @Test
  void twoSpecialtiesWithTheSameKeyAreRefusedNamingFieldAndValue() {
    Map<String, Set<String>> table = new LinkedHashMap<>();
    table.put("Cardiology", Set.of("Cardiology"));
    table.put(" cardiology", Set.of("Cardiovascular"));
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class, () -> SpecialtyFit.defaults().withAreasBySpecialty(table));
    assertEquals("areasBySpecialty", e.violations().get(0).field());
    assertEquals(ModelCode.DUPLICATE, e.violations().get(0).code());
    assertEquals("\" cardiology\"", e.violations().get(0).shown());
  }

  @Test
  void aSpecialtyWithoutAreasOrABlankEntryIsRefused() {
    InvalidModelException empty =
        assertThrows(
            InvalidModelException.class,
            () -> SpecialtyFit.defaults().withAreasBySpecialty(Map.of("Cardiology", Set.of())));
    assertEquals(ModelCode.EMPTY, empty.violations().get(0).code());
    InvalidModelException blank =
        assertThrows(
            InvalidModelException.class,
            () -> SpecialtyFit.defaults().withAreasBySpecialty(Map.of("Cardiology", Set.of(" "))));
    assertEquals("areasBySpecialty[0]", blank.violations().get(0).field());
    assertEquals(ModelCode.BLANK, blank.violations().get(0).code());
  }

  /** What generated units record as specialties, mapped to the areas generated products record. */
  private static Map<String, Set<String>> table() {
    Map<String, Set<String>> table = new LinkedHashMap<>();
    table.put("Internal Medicine", Set.of("Cardiology", "Endocrinology", "Respiratory"));
    table.put("Emergency Department", Set.of("Cardiology", "Neurology"));
    table.put("Paediatrics", Set.of("Respiratory", "Infectious disease"));
    table.put("Obstetrics", Set.of("Endocrinology"));
    return table;
  }

  /** The same table, entries in reverse order, keys and areas spelt in other cases and blanks. */
  private static Map<String, Set<String>> respelt(Map<String, Set<String>> table) {
    List<Map.Entry<String, Set<String>>> entries = new ArrayList<>(table.entrySet());
    Collections.reverse(entries);
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> e : entries) {
      Set<String> areas = new TreeSet<>(Collections.reverseOrder());
      e.getValue().forEach(a -> areas.add(" " + a.toUpperCase(Locale.ROOT)));
      out.put(e.getKey().toLowerCase(Locale.ROOT) + "  ", areas);
    }
    return out;
  }

  @Test
  void theResultDependsOnTheTablesContentNotOnItsOrderOrSpellingAndGrowsWithIt() {
    WhitespacePolicy table =
        WhitespacePolicy.defaults()
            .withSpecialtyFit(SpecialtyFit.defaults().withAreasBySpecialty(table()));
    WhitespacePolicy respelt =
        WhitespacePolicy.defaults()
            .withSpecialtyFit(SpecialtyFit.defaults().withAreasBySpecialty(respelt(table())));
    qt().withFixedSeed(61L)
        .withExamples(20)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            a -> {
              WhitespaceResult withTable = WhitespaceScorer.of(table).score(a, AS_OF);
              WhitespaceResult spelt = WhitespaceScorer.of(respelt).score(a, AS_OF);
              // The same cells count and are left out, for the same reasons; a misfit reason
              // lists the fitting areas as the table spells them (fittingAreas), so its
              // arguments may differ in spelling and are not compared.
              assertEquals(withTable.penetration(), spelt.penetration());
              assertEquals(withTable.addressable(), spelt.addressable());
              assertEquals(withTable.opportunities(), spelt.opportunities());
              assertEquals(whyLeftOut(withTable), whyLeftOut(spelt));
              // a table only adds what fits: every cell left out with it is left out without it
              WhitespaceResult without = WhitespaceScorer.withDefaults().score(a, AS_OF);
              List<List<KamId>> leftOut = leftOut(withTable);
              assertTrue(leftOut(without).containsAll(leftOut), a.id().value());
              // and no cell counted without an indication sits in a unit that does not fit
              for (WhitespaceCell cell : a.whitespace()) {
                if (cell.indication().isEmpty()
                    && !leftOut.contains(List.of(cell.product(), cell.clinicalUnit()))) {
                  Optional<String> specialty = specialty(a, cell.clinicalUnit());
                  assertTrue(specialty.isPresent(), cell.toString());
                  assertTrue(
                      table
                          .specialtyFit()
                          .fits(
                              specialty.get(),
                              SpecialtyFit.approvedAreas(
                                  a.product(cell.product()).orElseThrow(),
                                  a.account().country(),
                                  AS_OF)),
                      cell.toString());
                }
              }
            });
  }

  private static List<String> whyLeftOut(WhitespaceResult result) {
    return result.excluded().stream().map(r -> r.code() + " " + r.subjects()).toList();
  }

  private static List<List<KamId>> leftOut(WhitespaceResult result) {
    return result.excluded().stream().map(Reason::subjects).toList();
  }

  private static Optional<String> specialty(KeyAccount a, ClinicalUnitId id) {
    return a.account()
        .clinicalUnits()
        .filter(u -> u.id().equals(id))
        .findFirst()
        .flatMap(ClinicalUnit::specialty);
  }
}
