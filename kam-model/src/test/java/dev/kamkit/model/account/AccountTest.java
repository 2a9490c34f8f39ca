package dev.kamkit.model.account;

import static dev.kamkit.model.base.ModelAssertions.assertHasViolation;
import static dev.kamkit.model.base.ModelAssertions.assertInvalid;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.SiteId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {
  private static final AccountId RIVERSIDE = AccountId.of("riverside");

  private static Account.Builder riverside() {
    return Account.builder()
        .id(RIVERSIDE)
        .name("Riverside Health System")
        .kind(AccountKind.INTEGRATED_DELIVERY_NETWORK)
        .country("US");
  }

  private static Site hospital(String id, String... units) {
    Site.Builder site = Site.builder().id(SiteId.of(id)).name(id).kind(SiteKind.HOSPITAL);
    for (String unit : units) {
      site.addClinicalUnit(ClinicalUnit.builder().id(ClinicalUnitId.of(unit)).name(unit).build());
    }
    return site.build();
  }

  @Test
  void needsOnlyIdNameKindAndCountry() {
    Account account = riverside().build();
    assertTrue(account.profile().isEmpty());
    assertTrue(account.sites().isEmpty());
    assertEquals(0, account.clinicalUnits().count());
  }

  @Test
  void listsTheClinicalUnitsOfEverySite() {
    Account account =
        riverside()
            .addSite(hospital("memorial", "memorial-onc", "memorial-card"))
            .addSite(hospital("lakeside", "lakeside-onc"))
            .build();
    assertEquals(
        List.of("memorial-onc", "memorial-card", "lakeside-onc"),
        account.clinicalUnits().map(u -> u.id().value()).toList());
    assertEquals(
        Set.of(
            ClinicalUnitId.of("memorial-onc"),
            ClinicalUnitId.of("memorial-card"),
            ClinicalUnitId.of("lakeside-onc")),
        account.clinicalUnitIds());
  }

  @Test
  void rejectsABlankName() {
    assertSingleViolation(() -> riverside().name(" ").build(), "name", "\" \"");
  }

  @Test
  void rejectsACountryThatIsNotAnIsoCode() {
    assertSingleViolation(() -> riverside().country("USA").build(), "country", "\"USA\"");
    assertSingleViolation(() -> riverside().country("us").build(), "country", "\"us\"");
    assertSingleViolation(() -> riverside().country("XX").build(), "country", "\"XX\"");
  }

  @Test
  void acceptsCountriesOutsideTheUs() {
    assertEquals("DE", riverside().country("DE").build().country());
  }

  @Test
  void rejectsABlankRegion() {
    assertSingleViolation(() -> riverside().region("").build(), "region", "\"\"");
  }

  @Test
  void rejectsBeingItsOwnParent() {
    assertSingleViolation(() -> riverside().parent(RIVERSIDE).build(), "parent", "riverside");
  }

  @Test
  void rejectsTwoSitesWithOneId() {
    assertSingleViolation(
        () -> riverside().addSite(hospital("memorial")).addSite(hospital("memorial")).build(),
        "sites.id",
        "memorial");
  }

  @Test
  void rejectsOneClinicalUnitIdAtTwoSites() {
    assertSingleViolation(
        () ->
            riverside()
                .addSite(hospital("memorial", "onc"))
                .addSite(hospital("lakeside", "onc"))
                .build(),
        "sites.clinicalUnits.id",
        "onc");
  }

  @Test
  void rejectsAttributeKeysWithOuterWhitespace() {
    assertSingleViolation(
        () -> riverside().putAttribute("veeva.Type ", AttributeValue.text("IDN")).build(),
        "attributes",
        "\"veeva.Type \"");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    InvalidModelException e =
        assertInvalid(() -> riverside().name("").country("XX").parent(RIVERSIDE).build());
    assertEquals(3, e.violations().size());
    assertHasViolation(e, "name", "\"\"");
    assertHasViolation(e, "country", "\"XX\"");
    assertHasViolation(e, "parent", "riverside");
    assertEquals("Account riverside", e.violations().get(0).subject());
  }
}
