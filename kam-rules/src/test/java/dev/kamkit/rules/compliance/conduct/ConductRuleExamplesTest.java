package dev.kamkit.rules.compliance.conduct;

import static dev.kamkit.rules.compliance.conduct.ConductFixture.AS_OF;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.HALE;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.NG;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.REP;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.account;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.agreement;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.pay;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.programme;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.talk;
import static dev.kamkit.rules.compliance.conduct.SpeakerProgramRulesTest.TOPIC;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.CompensationBasis;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.ItemKind;
import dev.kamkit.model.engagement.MealSetting;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ServiceKind;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.engagement.Venue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.ServiceAgreementId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.compliance.PackRuleExamplesContract;
import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.RulePack;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A worked example for every rule of the conduct pack, at the boundary where it matters: a day
 * late, a cent over, 3.01 % of the purchase price. The meal cap rules run with a company cap of $50
 * a person (the Code names no figure).
 */
public class ConductRuleExamplesTest extends PackRuleExamplesContract {
  private static final ConductPack PACK = ConductPack.withDefaults();
  private static final ConductPack CAP_50 = ConductPack.of(MealCapTest.CAP_50);

  @Override
  protected RulePack pack() {
    return PACK;
  }

  private static KeyAccount paid(TransferOfValue t) {
    return account().addTransfersOfValue(t).build();
  }

  private static KeyAccount held(Interaction... programmes) {
    return account().addInteractions(programmes).build();
  }

  /** The example of {@code account} as of the fixture's day. */
  private static Example at(
      ConductPack pack,
      KeyAccount account,
      RuleDescriptor rule,
      List<? extends KamId> subjects,
      ConductCode code,
      Arg... args) {
    return example(pack, account, AS_OF, rule, subjects, code, args);
  }

  @Override
  protected List<Example> examples() {
    return List.of(
        at(
            PACK,
            AgreementRulesTest.with(
                agreement("sa-1", "2026-01-01")
                    .compensationBasis(CompensationBasis.VOLUME_OR_VALUE_OF_BUSINESS),
                "2026-03-01"),
            ConductRules.VOLUME_BASED,
            List.of(ServiceAgreementId.of("sa-1"), TransferOfValueId.of("fee-1")),
            ConductCode.VOLUME_BASED,
            Arg.of(ServiceAgreementId.of("sa-1")),
            Arg.of(ServiceKind.CONSULTING),
            Arg.of(StakeholderId.of("dr-hale"), "Dr. Hale"),
            Arg.of(LocalDate.parse("2026-01-01")),
            Arg.of(1),
            Arg.list(
                nested(
                    ConductCode.PAYMENT,
                    Arg.of(TransferOfValueId.of("fee-1")),
                    Arg.of(Money.of("1500.00", "USD")),
                    Arg.of(LocalDate.parse("2026-03-01"))))),
        at(
            PACK,
            paid(pay("t-1", "2026-05-04", "800.00 USD", NatureOfPayment.HONORARIA).build()),
            ConductRules.NO_AGREEMENT,
            List.of(TransferOfValueId.of("t-1")),
            ConductCode.NO_AGREEMENT,
            Arg.of(TransferOfValueId.of("t-1")),
            Arg.of(Money.of("800.00", "USD")),
            Arg.of(LocalDate.parse("2026-05-04")),
            Arg.of(NatureOfPayment.HONORARIA),
            nested(ConductCode.RECIPIENT_PERSON, Arg.of(StakeholderId.of("dr-hale"), "Dr. Hale"))),
        // the term begins on the day checked
        at(
            PACK,
            AgreementRulesTest.with(agreement("sa-1", "2026-11-22").signedOn(Optional.empty())),
            ConductRules.UNSIGNED,
            List.of(ServiceAgreementId.of("sa-1")),
            ConductCode.UNSIGNED,
            Arg.of(ServiceAgreementId.of("sa-1")),
            Arg.of(ServiceKind.CONSULTING),
            Arg.of(StakeholderId.of("dr-hale"), "Dr. Hale"),
            Arg.of(LocalDate.parse("2026-11-22")),
            Arg.of(0),
            Arg.list()),
        at(
            PACK,
            AgreementRulesTest.with(
                agreement("sa-1", "2026-03-10").signedOn(LocalDate.of(2026, 3, 11))),
            ConductRules.SIGNED_LATE,
            List.of(ServiceAgreementId.of("sa-1")),
            ConductCode.SIGNED_AFTER_START,
            Arg.of(ServiceAgreementId.of("sa-1")),
            Arg.of(ServiceKind.CONSULTING),
            Arg.of(StakeholderId.of("dr-hale"), "Dr. Hale"),
            Arg.of(LocalDate.parse("2026-03-11")),
            Arg.of(LocalDate.parse("2026-03-10"))),
        at(
            PACK,
            AgreementRulesTest.with(
                agreement("sa-1", "2026-03-10").compensationSetOn(LocalDate.of(2026, 3, 11))),
            ConductRules.COMPENSATION_NOT_IN_ADVANCE,
            List.of(ServiceAgreementId.of("sa-1")),
            ConductCode.COMPENSATION_SET_AFTER_START,
            Arg.of(ServiceAgreementId.of("sa-1")),
            Arg.of(ServiceKind.CONSULTING),
            Arg.of(StakeholderId.of("dr-hale"), "Dr. Hale"),
            Arg.of(LocalDate.parse("2026-03-11")),
            Arg.of(LocalDate.parse("2026-03-10"))),
        at(
            PACK,
            held(programme("sp-1", "2026-04-02", talk(TOPIC).companyPaidAlcohol(true), HALE)),
            ConductRules.ALCOHOL,
            List.of(InteractionId.of("sp-1")),
            ConductCode.ALCOHOL,
            Arg.of(InteractionId.of("sp-1")),
            Arg.of(LocalDate.parse("2026-04-02")),
            Arg.text("Managing neutropenia in first-line NSCLC"),
            Arg.of(Venue.MEETING_ROOM)),
        at(
            PACK,
            held(
                programme(
                    "sp-1", "2026-04-02", talk(TOPIC).venue(Venue.HIGH_END_RESTAURANT), HALE)),
            ConductRules.HIGH_END_VENUE,
            List.of(InteractionId.of("sp-1")),
            ConductCode.HIGH_END_VENUE,
            Arg.of(InteractionId.of("sp-1")),
            Arg.of(LocalDate.parse("2026-04-02")),
            Arg.text("Managing neutropenia in first-line NSCLC"),
            Arg.of(Venue.HIGH_END_RESTAURANT)),
        at(
            PACK,
            held(
                programme(
                    "sp-1", "2026-04-02", talk(TOPIC).venue(Venue.ENTERTAINMENT_VENUE), HALE)),
            ConductRules.ENTERTAINMENT_VENUE,
            List.of(InteractionId.of("sp-1")),
            ConductCode.ENTERTAINMENT_VENUE,
            Arg.of(InteractionId.of("sp-1")),
            Arg.of(LocalDate.parse("2026-04-02")),
            Arg.text("Managing neutropenia in first-line NSCLC")),
        at(
            PACK,
            held(
                programme("sp-1", "2026-04-02", talk(TOPIC), HALE, NG),
                programme("sp-2", "2026-06-10", talk(TOPIC).mealServed(true), HALE)),
            ConductRules.REPEAT_ATTENDANCE,
            List.of(InteractionId.of("sp-2"), StakeholderId.of("dr-hale")),
            ConductCode.REPEAT_ATTENDANCE_WITH_MEAL,
            Arg.of(StakeholderId.of("dr-hale"), "Dr. Hale"),
            Arg.of(InteractionId.of("sp-2")),
            Arg.of(LocalDate.parse("2026-06-10")),
            Arg.text("Managing neutropenia in first-line NSCLC"),
            Arg.of(InteractionId.of("sp-1")),
            Arg.of(LocalDate.parse("2026-04-02")),
            Arg.text("Managing neutropenia in first-line NSCLC")),
        at(
            PACK,
            held(
                programme(
                    "sp-1", "2026-04-02", talk(TOPIC).speaker(NG).speakerChosenBy(REP), HALE)),
            ConductRules.CHOSEN_BY_COMMERCIAL,
            List.of(InteractionId.of("sp-1"), TeamMemberId.of("rep")),
            ConductCode.CHOSEN_BY_COMMERCIAL,
            Arg.of(StakeholderId.of("dr-ng"), "Dr. Ng"),
            Arg.of(InteractionId.of("sp-1")),
            Arg.of(LocalDate.parse("2026-04-02")),
            Arg.text("Managing neutropenia in first-line NSCLC"),
            Arg.of(TeamMemberId.of("rep"), "Sam Rep"),
            Arg.of(TeamFunction.SALES)),
        at(
            PACK,
            held(
                programme("sp-1", "2026-04-02", talk(TOPIC).speaker(NG), HALE, NG),
                programme("sp-2", "2026-06-10", talk(TOPIC).addNeedRecordedFor(NG), NG)),
            ConductRules.SPEAKER_ATTENDS_LATER,
            List.of(InteractionId.of("sp-2"), StakeholderId.of("dr-ng")),
            ConductCode.SPEAKER_ATTENDS_LATER,
            Arg.of(StakeholderId.of("dr-ng"), "Dr. Ng"),
            Arg.of(InteractionId.of("sp-2")),
            Arg.of(LocalDate.parse("2026-06-10")),
            Arg.text("Managing neutropenia in first-line NSCLC"),
            Arg.of(InteractionId.of("sp-1")),
            Arg.of(LocalDate.parse("2026-04-02")),
            Arg.text("Managing neutropenia in first-line NSCLC")),
        at(
            PACK,
            paid(MealCapTest.meal("18.50 USD", MealSetting.GRAB_AND_GO)),
            ConductRules.GRAB_AND_GO,
            List.of(TransferOfValueId.of("t-1")),
            ConductCode.GRAB_AND_GO,
            Arg.of(TransferOfValueId.of("t-1")),
            Arg.of(Money.of("18.50", "USD")),
            Arg.of(LocalDate.parse("2026-05-04")),
            nested(ConductCode.RECIPIENT_PERSON, Arg.of(StakeholderId.of("dr-hale"), "Dr. Hale"))),
        at(
            PACK,
            paid(pay("t-1", "2026-05-04", "0.01 USD", NatureOfPayment.ENTERTAINMENT).build()),
            ConductRules.ENTERTAINMENT,
            List.of(TransferOfValueId.of("t-1")),
            ConductCode.ENTERTAINMENT,
            Arg.of(TransferOfValueId.of("t-1")),
            Arg.of(Money.of("0.01", "USD")),
            Arg.of(LocalDate.parse("2026-05-04")),
            nested(ConductCode.RECIPIENT_PERSON, Arg.of(StakeholderId.of("dr-hale"), "Dr. Hale"))),
        at(
            PACK,
            paid(HospitalityRulesTest.item("0.01 USD", ItemKind.NON_EDUCATIONAL)),
            ConductRules.NON_EDUCATIONAL_ITEM,
            List.of(TransferOfValueId.of("t-1")),
            ConductCode.NON_EDUCATIONAL_ITEM,
            Arg.of(TransferOfValueId.of("t-1")),
            Arg.of(Money.of("0.01", "USD")),
            Arg.of(LocalDate.parse("2026-05-04")),
            Arg.of(NatureOfPayment.GIFT),
            nested(ConductCode.RECIPIENT_PERSON, Arg.of(StakeholderId.of("dr-hale"), "Dr. Hale"))),
        at(
            PACK,
            paid(HospitalityRulesTest.item("100.01 USD", ItemKind.EDUCATIONAL)),
            ConductRules.EDUCATIONAL_ITEM_OVER_LIMIT,
            List.of(TransferOfValueId.of("t-1")),
            ConductCode.EDUCATIONAL_ITEM_OVER_LIMIT,
            Arg.of(TransferOfValueId.of("t-1")),
            Arg.of(Money.of("100.01", "USD")),
            Arg.of(LocalDate.parse("2026-05-04")),
            nested(ConductCode.RECIPIENT_PERSON, Arg.of(StakeholderId.of("dr-hale"), "Dr. Hale")),
            Arg.of(Money.of("100.01", "USD")),
            Arg.of(Money.of("100.00", "USD"))),
        at(
            PACK,
            paid(HospitalityRulesTest.item("50.00 EUR", ItemKind.EDUCATIONAL)),
            ConductRules.NO_USD_RATE,
            List.of(TransferOfValueId.of("t-1")),
            ConductCode.NO_USD_RATE,
            Arg.of(TransferOfValueId.of("t-1")),
            Arg.of(Money.of("50.00", "EUR")),
            Arg.of(LocalDate.parse("2026-05-04")),
            nested(ConductCode.RECIPIENT_PERSON, Arg.of(StakeholderId.of("dr-hale"), "Dr. Hale")),
            Arg.of(Money.of("100.00", "USD")),
            Arg.text("EUR"),
            Arg.year(2026)),
        at(
            CAP_50,
            paid(MealCapTest.meal("50.01 USD", MealSetting.IN_OFFICE_WITH_PRESENTATION)),
            ConductRules.MEAL_OVER_CAP,
            List.of(TransferOfValueId.of("t-1")),
            ConductCode.MEAL_OVER_CAP,
            Arg.of(TransferOfValueId.of("t-1")),
            Arg.of(Money.of("50.01", "USD")),
            Arg.of(LocalDate.parse("2026-05-04")),
            nested(ConductCode.RECIPIENT_PERSON, Arg.of(StakeholderId.of("dr-hale"), "Dr. Hale")),
            Arg.of(Money.of("50.01", "USD")),
            Arg.of(1),
            Arg.of(Money.of("50.00", "USD"))),
        at(
            CAP_50,
            paid(MealCapTest.meal("60.00 EUR", MealSetting.SPEAKER_PROGRAM)),
            ConductRules.MEAL_NO_USD_RATE,
            List.of(TransferOfValueId.of("t-1")),
            ConductCode.MEAL_NO_USD_RATE,
            Arg.of(TransferOfValueId.of("t-1")),
            Arg.of(Money.of("60.00", "EUR")),
            Arg.of(LocalDate.parse("2026-05-04")),
            nested(ConductCode.RECIPIENT_PERSON, Arg.of(StakeholderId.of("dr-hale"), "Dr. Hale")),
            Arg.of(Money.of("50.00", "USD")),
            Arg.text("EUR"),
            Arg.year(2026)),
        at(
            PACK,
            GpoRulesTest.withContracts(
                GpoRulesTest.gpo("c-1").administrativeFeePercent(new BigDecimal("3.01"))),
            ConductRules.GPO_FEE_ABOVE_LIMIT,
            List.of(ContractId.of("c-1")),
            ConductCode.GPO_FEE_ABOVE_LIMIT,
            Arg.of(ContractId.of("c-1"), "Vizient 2026"),
            Arg.of(ContractStatus.ACTIVE),
            Arg.of(new BigDecimal("3.01")),
            Arg.of(new BigDecimal("3"))),
        at(
            PACK,
            GpoRulesTest.withContracts(GpoRulesTest.gpo("c-1")),
            ConductRules.GPO_FEE_TERMS_MISSING,
            List.of(ContractId.of("c-1")),
            ConductCode.GPO_FEE_TERMS_MISSING,
            Arg.of(ContractId.of("c-1"), "Vizient 2026"),
            Arg.of(ContractStatus.ACTIVE)));
  }
}
