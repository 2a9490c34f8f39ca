package dev.kamkit.model.testing;

import static dev.kamkit.model.base.ModelCheck.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.stakeholder.Npi;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.TeamMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link KamGens} and of what the generated values promise: they round-trip through
 * their builders, generated parts keep an account valid, and the model still rejects broken
 * references in them, naming the field.
 */
class KamGensTest {

  @Test
  void aSetupConfiguresEveryGeneratorItDrawsFrom() {
    UnaryOperator<KamGenerator> facts =
        g -> g.withTransferFacts(KamGeneratorCoverageTest.FACT_KEYS);
    List<KeyAccount> accounts = new ArrayList<>();
    qt().withFixedSeed(5)
        .withExamples(6)
        .forAll(KamGens.keyAccounts(AccountSize.SMALL_CLINIC, facts))
        .checkAssert(accounts::add);
    qt().withFixedSeed(5)
        .withExamples(6)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.COMMUNITY_HOSPITAL, facts))
        .checkAssert(accounts::add);
    qt().withFixedSeed(5)
        .withExamples(6)
        .forAll(KamGens.keyAccounts(facts))
        .checkAssert(accounts::add);
    qt().withFixedSeed(5)
        .withExamples(3)
        .forAll(KamGens.portfolios(1, 2, facts))
        .checkAssert(p -> accounts.addAll(p.accounts()));
    assertTrue(
        accounts.stream()
            .flatMap(a -> a.transfersOfValue().stream())
            .anyMatch(t -> !t.facts().isEmpty()));
    assertTrue(
        accounts.stream()
            .flatMap(a -> a.transfersOfValue().stream())
            .allMatch(t -> t.facts().stream().allMatch(f -> f.key().name().startsWith("test."))));
  }

  private static final Gen<KeyAccount> ACCOUNTS =
      KamGens.keyAccountsUpTo(AccountSize.COMMUNITY_HOSPITAL);

  @Test
  void keyAccountsRebuildFromThemselvesToEqualValues() {
    qt().withFixedSeed(31)
        .withExamples(30)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            account -> {
              KeyAccount rebuilt = KeyAccount.builder().from(account).build();
              assertEquals(account, rebuilt);
              assertEquals(account.hashCode(), rebuilt.hashCode());
            });
  }

  @Test
  void largeAccountsRebuildFromThemselvesToEqualValues() {
    qt().withFixedSeed(32)
        .withExamples(2)
        .forAll(KamGens.keyAccounts(AccountSize.LARGE_IDN))
        .checkAssert(account -> assertEquals(account, KeyAccount.builder().from(account).build()));
  }

  @Test
  void portfoliosBuildAndRebuildToEqualValues() {
    qt().withFixedSeed(33)
        .withExamples(10)
        .forAll(KamGens.portfolios(1, 3))
        .checkAssert(
            portfolio -> {
              assertEquals(portfolio, Portfolio.builder().from(portfolio).build());
              assertTrue(portfolio.accounts().size() >= 1 && portfolio.accounts().size() <= 3);
            });
  }

  @Test
  void addingGeneratedPartsKeepsAnAccountValid() {
    qt().withFixedSeed(34)
        .withExamples(30)
        .forAll(ACCOUNTS, KamGens.generators())
        .checkAssert(
            (account, gen) -> {
              KeyAccount grown =
                  account
                      .withStakeholders(plus(account.stakeholders(), gen.stakeholderFor(account)))
                      .withRelationships(
                          plus(account.relationships(), gen.relationshipFor(account)))
                      .withInteractions(plus(account.interactions(), gen.interactionFor(account)))
                      .withTransfersOfValue(
                          plus(account.transfersOfValue(), gen.transferOfValueFor(account)))
                      .withCommitteeSubmissions(List.of()) // they name the opportunities
                      .withOpportunities(List.of()) // they serve the old plan's objectives
                      .withPlan(gen.planFor(account));
              assertEquals(account.stakeholders().size() + 1, grown.stakeholders().size());
              assertEquals(grown, KeyAccount.builder().from(grown).build());
            });
  }

  @Test
  void standaloneStakeholdersFitIntoAnyAccount() {
    qt().withFixedSeed(35)
        .withExamples(30)
        .forAll(ACCOUNTS, KamGens.stakeholders())
        .checkAssert(
            (account, stakeholder) ->
                account.withStakeholders(plus(account.stakeholders(), stakeholder)));
  }

  @Test
  void replacingListsWithGeneratedPartsKeepsAnAccountValid() {
    qt().withFixedSeed(36)
        .withExamples(20)
        .forAll(ACCOUNTS, KamGens.generators())
        .checkAssert(
            (account, gen) -> {
              List<Interaction> interactions = gen.interactionsFor(account, 5);
              // transfers may point at the old interactions: drop them before replacing those
              KeyAccount replaced =
                  account.withTransfersOfValue(List.of()).withInteractions(interactions);
              List<TransferOfValue> transfers = gen.transfersOfValueFor(replaced, 5);
              replaced = replaced.withTransfersOfValue(transfers);
              assertEquals(interactions, replaced.interactions());
              assertEquals(transfers, replaced.transfersOfValue());
              assertEquals(replaced, KeyAccount.builder().from(replaced).build());
            });
  }

  @Test
  void addingManyGeneratedPartsKeepsAnAccountValid() {
    qt().withFixedSeed(51)
        .withExamples(20)
        .forAll(ACCOUNTS, KamGens.generators())
        .checkAssert(
            (account, gen) -> {
              List<Interaction> interactions = new ArrayList<>(account.interactions());
              interactions.addAll(gen.interactionsFor(account, 10));
              List<TransferOfValue> transfers = new ArrayList<>(account.transfersOfValue());
              transfers.addAll(gen.transfersOfValueFor(account, 10));
              KeyAccount grown =
                  account.withInteractions(interactions).withTransfersOfValue(transfers);
              assertEquals(account.interactions().size() + 10, grown.interactions().size());
            });
  }

  @Test
  void aRelationshipToAnUnknownStakeholderIsRejectedNamingTheField() {
    qt().withFixedSeed(37)
        .withExamples(10)
        .forAll(ACCOUNTS, KamGens.generators())
        .checkAssert(
            (account, gen) -> {
              Relationship stray =
                  gen.relationshipFor(account).withStakeholder(StakeholderId.of("nobody"));
              assertViolation(
                  () -> account.withRelationships(plus(account.relationships(), stray)),
                  ModelCode.UNKNOWN_REFERENCE,
                  at(
                              "relationships",
                              account.relationships().size(),
                              List.of(stray.teamMember(), stray.stakeholder()))
                          .field("stakeholder")
                      ::equals);
            });
  }

  @Test
  void aReportingCycleIsRejectedNamingTheField() {
    qt().withFixedSeed(38)
        .withExamples(10)
        .forAll(ACCOUNTS)
        .checkAssert(
            account -> {
              List<Stakeholder> people = new ArrayList<>(account.stakeholders());
              Stakeholder first = people.get(0).withReportsTo(people.get(1).id());
              Stakeholder second = people.get(1).withReportsTo(people.get(0).id());
              people.set(0, first);
              people.set(1, second);
              // the cycle is reported once, at whichever of the two the search meets first
              assertViolation(
                  () -> account.withStakeholders(people),
                  ModelCode.REPORTING_CYCLE,
                  path ->
                      path.equals(at("stakeholders", 0, first.id()).field("reportsTo"))
                          || path.equals(at("stakeholders", 1, second.id()).field("reportsTo")));
            });
  }

  @Test
  void anActionParentCycleIsRejectedNamingTheField() {
    qt().withFixedSeed(39)
        .withExamples(10)
        .forAll(ACCOUNTS, KamGens.generators())
        .checkAssert(
            (account, gen) -> {
              Action one =
                  Action.builder()
                      .id(ActionId.of("A-1"))
                      .title("Map the VAC")
                      .parent(ActionId.of("A-2"))
                      .build();
              Action two =
                  Action.builder()
                      .id(ActionId.of("A-2"))
                      .title("Meet the chair")
                      .parent(ActionId.of("A-1"))
                      .build();
              AccountPlan plan = gen.planFor(account).withActions(one, two);
              assertViolation(
                  () -> account.withPlan(plan),
                  ModelCode.ACTION_CYCLE,
                  FieldPath.of("plan").then(at("actions", 0, one.id())).field("parent")::equals);
            });
  }

  @Test
  void aDuplicateStakeholderIdIsRejectedNamingTheField() {
    qt().withFixedSeed(40)
        .withExamples(10)
        .forAll(ACCOUNTS)
        .checkAssert(
            account -> {
              Stakeholder twin = account.stakeholders().get(0).withName("Someone Else");
              assertViolation(
                  () -> account.withStakeholders(plus(account.stakeholders(), twin)),
                  ModelCode.DUPLICATE,
                  at("stakeholders", account.stakeholders().size(), twin.id()).field("id")::equals);
            });
  }

  @Test
  void anIndicationOfAnotherProductIsRejectedNamingTheField() {
    qt().withFixedSeed(41)
        .withExamples(10)
        .forAll(ACCOUNTS)
        .checkAssert(
            account -> {
              Product product = account.products().get(0);
              ClinicalUnit unit = account.account().clinicalUnits().findFirst().orElseThrow();
              WhitespaceCell cell =
                  WhitespaceCell.builder()
                      .product(product.id())
                      .clinicalUnit(unit.id())
                      .status(WhitespaceStatus.OPEN)
                      .indication(IndicationId.of("not-an-indication"))
                      .build();
              assertViolation(
                  () -> account.withWhitespace(plus(account.whitespace(), cell)),
                  ModelCode.NOT_AN_INDICATION,
                  at("whitespace", account.whitespace().size(), List.of(product.id(), unit.id()))
                          .field("indication")
                      ::equals);
            });
  }

  @Test
  void aTransferOfValueToAnUnknownRecipientIsRejectedNamingTheField() {
    qt().withFixedSeed(42)
        .withExamples(10)
        .forAll(ACCOUNTS, KamGens.generators())
        .checkAssert(
            (account, gen) -> {
              TransferOfValue transfer =
                  TransferOfValue.builder()
                      .from(gen.transferOfValueFor(account))
                      .recipient(StakeholderId.of("nobody"))
                      .organisation(Optional.empty())
                      .attendees(List.of())
                      .headcount(Optional.empty())
                      .build();
              assertViolation(
                  () -> account.withTransfersOfValue(plus(account.transfersOfValue(), transfer)),
                  ModelCode.UNKNOWN_REFERENCE,
                  at("transfersOfValue", account.transfersOfValue().size(), transfer.id())
                          .field("recipient")
                      ::equals);
            });
  }

  @Test
  void aSharedProductDescribedDifferentlyIsRejectedByThePortfolio() {
    qt().withFixedSeed(43)
        .withExamples(5)
        .forAll(ACCOUNTS)
        .checkAssert(
            account -> {
              List<Product> products = new ArrayList<>(account.products());
              products.set(0, products.get(0).withName("Renamed"));
              KeyAccount copy =
                  account
                      .withAccount(
                          account
                              .account()
                              .withId(AccountId.of("ACC-COPY"))
                              .withParent(Optional.empty()))
                      .withProducts(products);
              assertViolation(
                  () -> Portfolio.builder().addAccounts(account, copy).build(),
                  ModelCode.DESCRIBED_DIFFERENTLY,
                  at("accounts", 1, copy.id())
                          .field("products")
                          .element(0, Arg.of(products.get(0).id()))
                      ::equals);
            });
  }

  @Test
  void anAccountHierarchyCycleIsRejectedByThePortfolio() {
    qt().withFixedSeed(44)
        .withExamples(5)
        .forAll(ACCOUNTS)
        .checkAssert(
            account -> {
              AccountId child = AccountId.of("ACC-CHILD");
              KeyAccount parent = account.withAccount(account.account().withParent(child));
              KeyAccount loop =
                  account.withAccount(account.account().withId(child).withParent(account.id()));
              assertViolation(
                  () -> Portfolio.builder().addAccounts(parent, loop).build(),
                  ModelCode.ACCOUNT_CYCLE,
                  path -> {
                    List<FieldPath.Segment> s = path.segments();
                    return s.size() == 4
                        && s.get(2).equals(new FieldPath.Field("account"))
                        && s.get(3).equals(new FieldPath.Field("parent"));
                  });
            });
  }

  @Test
  void generatedPartsAreValidAndRebuildToEqualValues() {
    qt().withFixedSeed(45)
        .withExamples(50)
        .forAll(KamGens.stakeholders(), KamGens.teamMembers(), KamGens.products())
        .checkAssert(
            (stakeholder, member, product) -> {
              assertEquals(stakeholder, Stakeholder.builder().from(stakeholder).build());
              assertEquals(member, TeamMember.builder().from(member).build());
              assertEquals(product, Product.builder().from(product).build());
            });
  }

  @Test
  void accountsAloneAreValidAndRebuildToEqualValues() {
    qt().withFixedSeed(46)
        .withExamples(20)
        .forAll(KamGens.accounts())
        .checkAssert(account -> assertEquals(account, Account.builder().from(account).build()));
  }

  @Test
  void npisAreValid() {
    qt().withFixedSeed(47)
        .withExamples(200)
        .forAll(KamGens.npis())
        .checkAssert(npi -> assertTrue(Npi.isValid(npi.value()), npi.value()));
  }

  @Test
  void moneyIsPositiveAndAtItsCurrencysScale() {
    qt().withFixedSeed(48)
        .withExamples(200)
        .forAll(KamGens.money())
        .checkAssert(
            money -> {
              assertTrue(money.isPositive(), money.toString());
              assertEquals(
                  Math.max(0, money.currency().getDefaultFractionDigits()),
                  money.amount().scale(),
                  money.toString());
              assertEquals(money, Money.parse(money.toString()));
            });
  }

  @Test
  void idTextsAreAcceptedByEveryIdType() {
    qt().withFixedSeed(49)
        .withExamples(200)
        .forAll(KamGens.idTexts())
        .checkAssert(
            text -> {
              assertTrue(text.length() <= 255, text);
              assertEquals(text, AccountId.of(text).value());
              assertEquals(text, StakeholderId.of(text).value());
            });
  }

  @Test
  void failureReportsSummariseAccountsOnOneLine() {
    String summary = KamGens.describe(KamGenerator.seeded(50).keyAccount(AccountSize.LARGE_IDN));
    assertTrue(summary.length() < 400 && !summary.contains("\n"), summary);
  }

  private static <T> List<T> plus(List<T> items, T item) {
    List<T> out = new ArrayList<>(items);
    out.add(item);
    return out;
  }

  private static void assertViolation(
      Executable build, MessageCode code, Predicate<FieldPath> path) {
    InvalidModelException thrown = assertThrows(InvalidModelException.class, build);
    List<ModelViolation> violations = thrown.violations();
    assertTrue(
        violations.stream().anyMatch(v -> v.code().equals(code) && path.test(v.path())),
        thrown.getMessage());
  }
}
