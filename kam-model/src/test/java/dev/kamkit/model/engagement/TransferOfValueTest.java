package dev.kamkit.model.engagement;

import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertHasViolation;
import static dev.kamkit.model.base.ModelAssertions.assertInvalid;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCheck.at;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.DUPLICATE;
import static dev.kamkit.model.base.ModelCode.NOT_POSITIVE;
import static dev.kamkit.model.base.ModelCode.TRANSFER_HEADCOUNT_NOT_GROUP;
import static dev.kamkit.model.base.ModelCode.TRANSFER_HEADCOUNT_TOO_LOW;
import static dev.kamkit.model.base.ModelCode.TRANSFER_ITEM_NOT_GIFT;
import static dev.kamkit.model.base.ModelCode.TRANSFER_MEAL_SETTING_NOT_FOOD;
import static dev.kamkit.model.base.ModelCode.TRANSFER_RECIPIENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.FactKey;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelSubject;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransferOfValueTest {
  private static final StakeholderId CHEN = StakeholderId.of("chen");
  private static final StakeholderId ORTIZ = StakeholderId.of("ortiz");
  private static final StakeholderId SANTOS = StakeholderId.of("santos");
  private static final ProductId ONCOXA = ProductId.of("oncoxa");

  private static TransferOfValue.Builder payment(String amount) {
    return TransferOfValue.builder()
        .id(TransferOfValueId.of("tov-1"))
        .date(LocalDate.of(2026, 10, 14))
        .amount(Money.of(amount, "USD"))
        .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
        .nature(NatureOfPayment.FOOD_AND_BEVERAGE);
  }

  private static TransferOfValue.Builder groupMeal() {
    return payment("386.40").addAttendees(CHEN, ORTIZ, SANTOS).headcount(6);
  }

  @Test
  void aGroupMealIsSharedByItsAttendeesAndHeadcount() {
    TransferOfValue meal = groupMeal().build();
    assertTrue(meal.isGroup());
    assertEquals(6, meal.partakers());
    assertEquals(
        Money.of("64.40", "USD"), meal.amount().dividedBy(meal.partakers(), RoundingMode.HALF_UP));
    // without a headcount, the attendees alone share it
    assertEquals(3, payment("386.40").addAttendees(CHEN, ORTIZ, SANTOS).build().partakers());
  }

  @Test
  void holdsTypedFactsOnePerName() {
    FactKey<Long> days = FactKey.days("x.days");
    FactKey<String> note = FactKey.text("x.note");
    TransferOfValue loan =
        payment("10.00")
            .recipient(CHEN)
            .addFact(Fact.of(days, 60L))
            .addFact(Fact.of(note, "demo unit"))
            .build();
    assertEquals(Optional.of(60L), Fact.find(loan.facts(), days));
    assertEquals(Optional.of("demo unit"), Fact.find(loan.facts(), note));
    assertSingleViolation(
        () ->
            payment("10.00")
                .recipient(CHEN)
                .addFact(Fact.of(days, 60L))
                .addFact(Fact.of(FactKey.text("x.days"), "sixty"))
                .build(),
        DUPLICATE,
        at("facts", 1, "x.days"),
        "\"x.days\"");
  }

  @Test
  void aPaymentToOnePersonIsNotAGroup() {
    TransferOfValue payment = payment("2500.00").recipient(CHEN).build();
    assertFalse(payment.isGroup());
    assertEquals(1, payment.partakers());
  }

  @Test
  void mayGoToAnOrganisationSuchAsATeachingHospital() {
    TransferOfValue grant =
        payment("25000.00")
            .nature(NatureOfPayment.GRANT)
            .organisation(AccountId.of("riverside"))
            .build();
    assertEquals(AccountId.of("riverside"), grant.organisation().get());
  }

  @Test
  void rejectsAZeroOrNegativeAmount() {
    assertSingleViolation(
        () -> payment("0").recipient(CHEN).build(), NOT_POSITIVE, path("amount"), "0.00 USD");
    assertSingleViolation(
        () -> payment("-5").recipient(CHEN).build(), NOT_POSITIVE, path("amount"), "-5.00 USD");
  }

  @Test
  void needsARecipient() {
    ModelViolation v =
        assertSingleViolation(
            () -> payment("10").build(), TRANSFER_RECIPIENTS, path("recipient"), "<missing>");
    assertArgs(v, Arg.of(0));
  }

  @Test
  void rejectsBothAPersonAndAnOrganisation() {
    ModelViolation v =
        assertSingleViolation(
            () -> payment("10").recipient(CHEN).organisation(AccountId.of("riverside")).build(),
            TRANSFER_RECIPIENTS,
            path("recipient"),
            "chen");
    assertArgs(v, Arg.of(2));
  }

  @Test
  void rejectsAPersonAndAGroupTogether() {
    assertSingleViolation(
        () -> groupMeal().recipient(CHEN).build(), TRANSFER_RECIPIENTS, path("recipient"), "chen");
  }

  @Test
  void rejectsAHeadcountWithoutAttendees() {
    assertSingleViolation(
        () -> payment("10").recipient(CHEN).headcount(3).build(),
        TRANSFER_HEADCOUNT_NOT_GROUP,
        path("headcount"),
        "3");
  }

  @Test
  void acceptsAHeadcountEqualToTheAttendeesButNotBelow() {
    assertEquals(3, groupMeal().headcount(3).build().headcount().get());
    ModelViolation v =
        assertSingleViolation(
            () -> groupMeal().headcount(2).build(),
            TRANSFER_HEADCOUNT_TOO_LOW,
            path("headcount"),
            "2");
    assertArgs(v, Arg.of(3));
  }

  @Test
  void aGroupMayLeaveItsHeadcountUnrecorded() {
    assertTrue(groupMeal().headcount(Optional.empty()).build().headcount().isEmpty());
  }

  @Test
  void rejectsAProductListedTwice() {
    assertSingleViolation(
        () -> payment("10").recipient(CHEN).addRelatedProducts(ONCOXA, ONCOXA).build(),
        DUPLICATE,
        at("relatedProducts", 1, ONCOXA),
        "oncoxa");
  }

  @Test
  void rejectsABlankDescription() {
    assertSingleViolation(
        () -> payment("10").recipient(CHEN).description(" ").build(),
        BLANK,
        path("description"),
        "\" \"");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    InvalidModelException e =
        assertInvalid(() -> payment("0").headcount(4).description("").build());
    assertHasViolation(e, NOT_POSITIVE, path("amount"), "0.00 USD");
    assertHasViolation(e, TRANSFER_RECIPIENTS, path("recipient"), ModelCheck.MISSING);
    assertHasViolation(e, TRANSFER_HEADCOUNT_NOT_GROUP, path("headcount"), "4");
    assertHasViolation(e, BLANK, path("description"), "\"\"");
    assertEquals(
        ModelSubject.of("TransferOfValue", Arg.of(TransferOfValueId.of("tov-1"))),
        e.violations().get(0).subject());
  }

  @Test
  void aMealMayRecordItsSettingAndAGiftWhetherItWasEducational() {
    TransferOfValue meal =
        payment("18.00")
            .recipient(CHEN)
            .mealSetting(MealSetting.IN_OFFICE_WITH_PRESENTATION)
            .therapeuticArea("Oncology")
            .build();
    assertEquals(Optional.of(MealSetting.IN_OFFICE_WITH_PRESENTATION), meal.mealSetting());
    payment("60.00")
        .recipient(CHEN)
        .nature(NatureOfPayment.GIFT)
        .item(ItemKind.NON_EDUCATIONAL)
        .build();
    payment("90.00")
        .recipient(CHEN)
        .nature(NatureOfPayment.EDUCATION)
        .item(ItemKind.EDUCATIONAL)
        .build();
  }

  @Test
  void aMealSettingIsOnlyRecordedForFoodAndBeverage() {
    ModelViolation v =
        assertSingleViolation(
            () ->
                payment("60.00")
                    .recipient(CHEN)
                    .nature(NatureOfPayment.GIFT)
                    .mealSetting(MealSetting.GRAB_AND_GO)
                    .build(),
            TRANSFER_MEAL_SETTING_NOT_FOOD,
            path("mealSetting"),
            "GRAB_AND_GO");
    assertArgs(v, Arg.of(NatureOfPayment.GIFT));
  }

  @Test
  void anItemKindIsOnlyRecordedForAGiftOrEducation() {
    ModelViolation v =
        assertSingleViolation(
            () -> payment("18.00").recipient(CHEN).item(ItemKind.EDUCATIONAL).build(),
            TRANSFER_ITEM_NOT_GIFT,
            path("item"),
            "EDUCATIONAL");
    assertArgs(v, Arg.of(NatureOfPayment.FOOD_AND_BEVERAGE));
  }

  @Test
  void aRecordedTherapeuticAreaIsNotBlank() {
    assertSingleViolation(
        () -> payment("18.00").recipient(CHEN).therapeuticArea(" ").build(),
        BLANK,
        path("therapeuticArea"),
        "\" \"");
  }
}
