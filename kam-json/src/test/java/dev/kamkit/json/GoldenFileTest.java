package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.json.format.AccountDocument;
import dev.kamkit.json.format.DocumentKind;
import dev.kamkit.json.format.FormatVersion;
import dev.kamkit.json.format.KamDocument;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.PortfolioDocument;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.GpoCommitment;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The golden documents: each validates against its schema, reads, and writes back to the same
 * bytes. They are in the writer's canonical form, so a change to the format shows up here as a diff
 * of the golden file.
 */
class GoldenFileTest {
  private final KamJson json = KamJson.defaults();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "account-minimal.json",
        "account-every-property.json",
        "account-idn-lakeshore.json",
        "portfolio-st-brendan-heartland.json"
      })
  void validatesReadsAndWritesBackByteForByte(String name) {
    String golden = Golden.read(name);
    KamDocument document = json.read(golden);
    assertEquals(List.of(), Schemas.errors(document.kind(), golden));
    assertEquals(golden, json.write(document));
  }

  @Test
  void everyPropertyGoldenIsTheFullFixture() {
    String golden = Golden.read("account-every-property.json");
    assertEquals(Fixtures.fullAccount(), json.readAccount(golden).keyAccount());
    assertEquals(golden, json.write(Fixtures.fullAccount()));
    assertEquals(Golden.read("account-minimal.json"), json.write(Fixtures.minimalAccount()));
  }

  @Test
  void idnGoldenIsTheTwelveHospitalSystemItClaimsToBe() {
    KeyAccount idn = json.readAccount(Golden.read("account-idn-lakeshore.json")).keyAccount();
    assertEquals(
        12, idn.account().sites().stream().filter(s -> s.kind() == SiteKind.HOSPITAL).count());
    DecisionBody pt =
        idn.decisionBodies().stream()
            .filter(b -> b.kind() == DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
            .findFirst()
            .orElseThrow();
    assertEquals(DecisionScope.SYSTEM, pt.scope());
    Stakeholder champion =
        idn.stakeholders().stream()
            .filter(s -> s.holds(BuyingRole.CLINICAL_CHAMPION) && s.sitsOn(pt.id()))
            .findFirst()
            .orElseThrow();
    assertEquals(StakeholderStatus.RETIRING, champion.status());
    assertTrue(champion.departureDate().isPresent());
    assertTrue(
        idn.account().profile().gpoAffiliations().stream()
            .anyMatch(g -> g.commitment() == GpoCommitment.COMMITTED));
    assertTrue(idn.plan().isPresent());
  }

  @Test
  void portfolioGoldenSharesItsCatalogues() {
    PortfolioDocument doc = json.readPortfolio(Golden.read("portfolio-st-brendan-heartland.json"));
    assertEquals(3, doc.portfolio().accounts().size());
    assertEquals(
        doc.portfolio().accounts().get(0).product(Fixtures.ONCOXA),
        doc.portfolio().accounts().get(1).product(Fixtures.ONCOXA));
  }

  @Test
  void lenientGoldenKeepsWhatItDoesNotKnowAndWritesItBack() {
    String golden = Golden.read("account-lenient-1.5.json");
    KamJson lenient = KamJson.builder().lenient().build();
    AccountDocument doc = lenient.readAccount(golden);
    assertEquals(new FormatVersion(1, 5), doc.version());
    assertEquals(
        List.of(
            "/account/profile/magnetStatus",
            "/account/ownerSystemId",
            "/stakeholders/0/attributes/veeva.Segment__c/source",
            "/stakeholders/0/preferredChannel",
            "/transfersOfValue/0/amount/fxRate",
            "/exportedBy"),
        List.copyOf(doc.unknownProperties().asMap().keySet()));
    assertEquals(golden, lenient.write(doc));
    // the 1.4 schema and a strict reader both refuse it, each for its own reason
    assertFalse(Schemas.errors(DocumentKind.ACCOUNT, golden).isEmpty());
    assertEquals(
        ProblemKind.VERSION, assertThrows(KamJsonException.class, () -> json.read(golden)).kind());
  }
}
