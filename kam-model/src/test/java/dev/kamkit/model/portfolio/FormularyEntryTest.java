package dev.kamkit.model.portfolio;

import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.FORMULARY_RESTRICTIONS_NOT_RESTRICTED;
import static dev.kamkit.model.base.ModelCode.OUT_OF_RANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.ModelSubject;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ProductId;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormularyEntryTest {

  private static FormularyEntry.Builder entry(FormularyStatus status) {
    return FormularyEntry.builder()
        .product(ProductId.of("oncoxa"))
        .status(status)
        .effectiveFrom(LocalDate.of(2022, 7, 13));
  }

  @Test
  void aRestrictedListingCarriesItsRestrictions() {
    FormularyEntry entry =
        entry(FormularyStatus.RESTRICTED)
            .addRestrictions(
                FormularyRestriction.PRIOR_AUTHORIZATION, FormularyRestriction.STEP_EDIT)
            .build();
    assertEquals(
        Set.of(FormularyRestriction.PRIOR_AUTHORIZATION, FormularyRestriction.STEP_EDIT),
        entry.restrictions());
  }

  @Test
  void rejectsRestrictionsOnAnUnrestrictedListing() {
    ModelViolation v =
        assertSingleViolation(
            () ->
                entry(FormularyStatus.ON_FORMULARY)
                    .addRestriction(FormularyRestriction.QUANTITY_LIMIT)
                    .build(),
            FORMULARY_RESTRICTIONS_NOT_RESTRICTED,
            path("restrictions"),
            "[QUANTITY_LIMIT]");
    assertEquals(
        ModelSubject.of(
            "FormularyEntry", Arg.of(ProductId.of("oncoxa")), Arg.of(LocalDate.of(2022, 7, 13))),
        v.subject());
    assertArgs(v, Arg.of(FormularyStatus.ON_FORMULARY));
  }

  @Test
  void acceptsTiersOneToNine() {
    assertEquals(1, entry(FormularyStatus.PREFERRED).tier(1).build().tier().get());
    assertEquals(9, entry(FormularyStatus.ON_FORMULARY).tier(9).build().tier().get());
    assertSingleViolation(
        () -> entry(FormularyStatus.PREFERRED).tier(0).build(), OUT_OF_RANGE, path("tier"), "0");
    assertSingleViolation(
        () -> entry(FormularyStatus.PREFERRED).tier(10).build(), OUT_OF_RANGE, path("tier"), "10");
  }
}
