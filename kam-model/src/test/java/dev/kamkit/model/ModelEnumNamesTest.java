package dev.kamkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.account.GpoCommitment;
import dev.kamkit.model.account.Ownership;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.committee.DecisionType;
import dev.kamkit.model.committee.SubmissionDecision;
import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.CompensationBasis;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.engagement.ItemKind;
import dev.kamkit.model.engagement.MealSetting;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ServiceKind;
import dev.kamkit.model.engagement.ThirdPartyKind;
import dev.kamkit.model.engagement.Venue;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.pipeline.OpportunityStage;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.InitiativeStatus;
import dev.kamkit.model.plan.KpiKind;
import dev.kamkit.model.plan.KpiPerspective;
import dev.kamkit.model.plan.KpiUnit;
import dev.kamkit.model.plan.NeedCategory;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.plan.PlanStatus;
import dev.kamkit.model.plan.ThreatLevel;
import dev.kamkit.model.portfolio.FormularyRestriction;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.ProductCoverage;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.CommitteeRole;
import dev.kamkit.model.stakeholder.EmploymentBasis;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.Influence;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.stakeholder.TrainingStatus;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.Incentive;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.testing.MessageBundleContract;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every value of every enum of the model's data packages has a display name in English, German and
 * French, in its package's bundle. The enums of {@code base} and {@code explain} are worded by
 * their own packages' tests.
 */
class ModelEnumNamesTest {
  /** Packages whose enums are not the data a key account holds, and are worded elsewhere. */
  private static final List<String> WORDED_ELSEWHERE =
      List.of("dev.kamkit.model.base", "dev.kamkit.model.explain");

  private static final List<Class<? extends Enum<?>>> NAMED =
      List.of(
          AccountKind.class,
          AccountTier.class,
          ContractKind.class,
          ContractStatus.class,
          GpoCommitment.class,
          Ownership.class,
          SiteKind.class,
          DecisionBodyKind.class,
          DecisionScope.class,
          DecisionType.class,
          Channel.class,
          CompensationBasis.class,
          FormOfPayment.class,
          InteractionStatus.class,
          ItemKind.class,
          MealSetting.class,
          NatureOfPayment.class,
          ServiceKind.class,
          ThirdPartyKind.class,
          Venue.class,
          OpportunityStage.class,
          SubmissionStage.class,
          SubmissionDecision.class,
          ActionStatus.class,
          InitiativeStatus.class,
          KpiKind.class,
          KpiPerspective.class,
          KpiUnit.class,
          NeedCategory.class,
          ObjectiveStatus.class,
          PlanStatus.class,
          ThreatLevel.class,
          FormularyRestriction.class,
          FormularyStatus.class,
          ProductCoverage.class,
          ProductKind.class,
          WhitespaceStatus.class,
          BuyingRole.class,
          CommitteeRole.class,
          EmploymentBasis.class,
          HcpProfession.class,
          Influence.class,
          Seniority.class,
          Sentiment.class,
          StakeholderFunction.class,
          StakeholderStatus.class,
          TrainingStatus.class,
          Division.class,
          Incentive.class,
          RelationshipStrength.class,
          TeamFunction.class);

  @Test
  void everyModelEnumIsWorded() {
    MessageBundleContract.check(List.of(), NAMED);
  }

  @Test
  void everyPublicEnumOfTheDataPackagesIsListed() {
    Set<String> found = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.kamkit.model")) {
      if (type.isEnum()
          && type.getModifiers().contains(JavaModifier.PUBLIC)
          && WORDED_ELSEWHERE.stream().noneMatch(p -> within(type.getPackageName(), p))) {
        found.add(type.getName());
      }
    }
    Set<String> listed = new TreeSet<>();
    NAMED.forEach(type -> listed.add(type.getName()));
    assertEquals(found, listed, "public model enums: name each in its bundle and list it here");
  }

  @Test
  void namesReadAsTheFieldSaysThem() {
    Messages en = Messages.english();
    Messages de = Messages.in(Locale.GERMAN);
    Messages fr = Messages.in(Locale.FRENCH);
    assertEquals("Economic buyer", en.name(BuyingRole.ECONOMIC_BUYER));
    assertEquals("Wirtschaftlicher Entscheider", de.name(BuyingRole.ECONOMIC_BUYER));
    assertEquals("Décideur économique", fr.name(BuyingRole.ECONOMIC_BUYER));
    assertEquals(
        "Pharmacy and therapeutics (P&T) committee",
        en.name(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS));
    assertEquals("Arzneimittelkommission", de.name(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS));
    assertEquals(
        "Commission du médicament et des dispositifs médicaux stériles (COMEDIMS)",
        fr.name(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS));
    assertEquals("Integrated delivery network", en.name(AccountKind.INTEGRATED_DELIVERY_NETWORK));
    assertEquals("Centrale d’achat", fr.name(AccountKind.GROUP_PURCHASING_ORGANISATION));
    assertEquals("Non-formulary", en.name(FormularyStatus.NON_FORMULARY));
    assertEquals("Tier 1", en.name(AccountTier.TIER_1));
    // a locale kamkit does not ship gets English, whatever the JVM's default
    assertEquals(
        "Clinical champion", Messages.in(Locale.ITALIAN).name(BuyingRole.CLINICAL_CHAMPION));
  }

  @Test
  void formsOfPaymentAreNamedAsCmsPublishesThem() {
    Messages en = Messages.english();
    for (FormOfPayment form : FormOfPayment.values()) {
      assertEquals(form.cmsName(), en.name(form));
    }
  }

  private static boolean within(String pkg, String parent) {
    return pkg.equals(parent) || pkg.startsWith(parent + ".");
  }
}
