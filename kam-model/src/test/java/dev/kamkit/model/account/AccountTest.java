package dev.kamkit.model.account;

import static dev.kamkit.model.base.ModelAssertions.assertHasViolation;
import static dev.kamkit.model.base.ModelAssertions.assertInvalid;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCheck.at;
import static dev.kamkit.model.base.ModelCode.ACCOUNT_OWN_PARENT;
import static dev.kamkit.model.base.ModelCode.ATTRIBUTE_KEY;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.DUPLICATE;
import static dev.kamkit.model.base.ModelCode.NOT_A_COUNTRY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.FactKey;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelSubject;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.SiteId;
import java.util.List;
import java.util.Optional;
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
  void findsAClinicalUnitAndItsSiteById() {
    Account account =
        riverside()
            .addSite(hospital("memorial", "memorial-onc", "memorial-card"))
            .addSite(hospital("lakeside", "lakeside-onc"))
            .build();
    ClinicalUnitId lakesideOnc = ClinicalUnitId.of("lakeside-onc");
    assertEquals(lakesideOnc, account.clinicalUnit(lakesideOnc).orElseThrow().id());
    assertEquals(SiteId.of("lakeside"), account.siteOf(lakesideOnc).orElseThrow().id());
    assertEquals(
        SiteId.of("memorial"),
        account.siteOf(ClinicalUnitId.of("memorial-card")).orElseThrow().id());
    assertTrue(account.clinicalUnit(ClinicalUnitId.of("nowhere")).isEmpty());
    assertTrue(account.siteOf(ClinicalUnitId.of("nowhere")).isEmpty());
  }

  @Test
  void rejectsABlankName() {
    assertSingleViolation(() -> riverside().name(" ").build(), BLANK, path("name"), "\" \"");
  }

  @Test
  void rejectsACountryThatIsNotAnIsoCode() {
    assertSingleViolation(
        () -> riverside().country("USA").build(), NOT_A_COUNTRY, path("country"), "\"USA\"");
    assertSingleViolation(
        () -> riverside().country("us").build(), NOT_A_COUNTRY, path("country"), "\"us\"");
    assertSingleViolation(
        () -> riverside().country("XX").build(), NOT_A_COUNTRY, path("country"), "\"XX\"");
  }

  @Test
  void acceptsCountriesOutsideTheUs() {
    assertEquals("DE", riverside().country("DE").build().country());
  }

  @Test
  void rejectsABlankRegion() {
    assertSingleViolation(() -> riverside().region("").build(), BLANK, path("region"), "\"\"");
  }

  @Test
  void rejectsBeingItsOwnParent() {
    assertSingleViolation(
        () -> riverside().parent(RIVERSIDE).build(),
        ACCOUNT_OWN_PARENT,
        path("parent"),
        "riverside");
  }

  @Test
  void rejectsTwoSitesWithOneId() {
    assertSingleViolation(
        () -> riverside().addSite(hospital("memorial")).addSite(hospital("memorial")).build(),
        DUPLICATE,
        at("sites", 1, SiteId.of("memorial")).field("id"),
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
        DUPLICATE,
        at("sites", 1, SiteId.of("lakeside"))
            .field("clinicalUnits")
            .element(0, Arg.of(ClinicalUnitId.of("onc")))
            .field("id"),
        "onc");
  }

  @Test
  void holdsTypedFactsOnePerName() {
    FactKey<String> segment = FactKey.text("x.segment");
    FactKey<Boolean> teaching = FactKey.flag("x.teaching");
    Account account =
        riverside().addFact(Fact.of(segment, "A")).addFact(Fact.of(teaching, true)).build();
    assertEquals(Optional.of("A"), Fact.find(account.facts(), segment));
    assertEquals(Optional.of(true), Fact.find(account.facts(), teaching));
    assertSingleViolation(
        () ->
            riverside()
                .addFact(Fact.of(segment, "A"))
                .addFact(Fact.of(FactKey.flag("x.segment"), true))
                .build(),
        DUPLICATE,
        at("facts", 1, "x.segment"),
        "\"x.segment\"");
  }

  @Test
  void rejectsAttributeKeysWithOuterWhitespace() {
    assertSingleViolation(
        () -> riverside().putAttribute("veeva.Type ", AttributeValue.text("IDN")).build(),
        ATTRIBUTE_KEY,
        path("attributes").entry("veeva.Type "),
        "\"veeva.Type \"");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    InvalidModelException e =
        assertInvalid(() -> riverside().name("").country("XX").parent(RIVERSIDE).build());
    assertEquals(3, e.violations().size());
    assertHasViolation(e, BLANK, path("name"), "\"\"");
    assertHasViolation(e, NOT_A_COUNTRY, path("country"), "\"XX\"");
    assertHasViolation(e, ACCOUNT_OWN_PARENT, path("parent"), "riverside");
    assertEquals(ModelSubject.of("Account", Arg.of(RIVERSIDE)), e.violations().get(0).subject());
  }
}
