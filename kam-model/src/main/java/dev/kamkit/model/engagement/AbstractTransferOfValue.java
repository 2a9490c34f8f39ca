package dev.kamkit.model.engagement;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.ServiceAgreementId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A payment or other transfer of value to a healthcare professional or organisation: a meal, a
 * consulting fee, travel, a grant. Transparency laws (US Open Payments, EFPIA disclosure) require
 * every one to be captured (Prolifiq, "Pharma Key Account Management").
 *
 * <p>It goes to exactly one of: one stakeholder ({@link #recipient()}), one organisation such as a
 * teaching hospital ({@link #organisation()}), or a group ({@link #attendees()}, for a meal shared
 * by several people, with the {@link #headcount()} of everyone who partook so that the per-person
 * value can be computed).
 */
@Value.Immutable
public abstract class AbstractTransferOfValue {
  // Only the generated TransferOfValue extends this: no host subclass.
  AbstractTransferOfValue() {}

  /** The transfer's id. */
  public abstract TransferOfValueId id();

  /** The day it was made (the first day, for grouped payments). */
  public abstract LocalDate date();

  /** Its value; positive. */
  public abstract Money amount();

  /** How it was made. */
  public abstract FormOfPayment form();

  /** What it was for. */
  public abstract NatureOfPayment nature();

  /** The one stakeholder who received it. */
  public abstract Optional<StakeholderId> recipient();

  /** The organisation that received it, such as a teaching hospital. */
  public abstract Optional<AccountId> organisation();

  /** For a group transfer such as a shared meal, the stakeholders who partook. */
  public abstract Set<StakeholderId> attendees();

  /**
   * For a group transfer, everyone who partook, ours and others included; at least the attendees.
   */
  public abstract Optional<Integer> headcount();

  /** The products it relates to, in order of relevance. */
  public abstract List<ProductId> relatedProducts();

  /** Where the recipient travelled, for travel and lodging. */
  public abstract Optional<TravelDestination> travelDestination();

  /** The interaction it was part of, if any. */
  public abstract Optional<InteractionId> interaction();

  /**
   * The product category or therapeutic area as recorded on the payment (CMS Open Payments
   * Product_Category_or_Therapeutic_Area), for example {@code "Oncology"}; absent when not
   * recorded.
   */
  public abstract Optional<String> therapeuticArea();

  /** The service agreement the payment is made under, for fees and their expenses. */
  public abstract Optional<ServiceAgreementId> agreement();

  /** Where a meal was had; only for food and beverage. */
  public abstract Optional<MealSetting> mealSetting();

  /** Whether an item given was educational; only for gifts and education. */
  public abstract Optional<ItemKind> item();

  /** A short description, for example {@code "Lunch and learn, oncology nursing"}. */
  public abstract Optional<String> description();

  /**
   * The third party that received it at the recipient's request or on the recipient's behalf, such
   * as the recipient's practice or a charity; absent when it went to the recipient. Only a transfer
   * to one recipient, stakeholder or organisation, can name one.
   */
  public abstract Optional<ThirdPartyRecipient> thirdParty();

  /**
   * True if it is salary or benefits the manufacturer pays the recipient as its employee, which US
   * Open Payments does not report when the recipient is a bona fide employee on that day (see the
   * stakeholder's {@code manufacturerEmployment}). Only a transfer to one stakeholder can be.
   */
  @Value.Default
  public boolean employmentCompensation() {
    return false;
  }

  /**
   * Typed facts rule packs read about this transfer, at most one per key name, each made with
   * {@link Fact#of(dev.kamkit.model.base.FactKey, Object)} from a key a pack declares (for example
   * the France pack's {@code FranceFacts.KIND}). Not for a host's own CRM fields: those are {@link
   * #attributes()}.
   */
  public abstract Set<Fact<?>> facts();

  /** Host-defined custom fields. */
  public abstract Map<String, AttributeValue> attributes();

  /** True for a group transfer. */
  public boolean isGroup() {
    return !attendees().isEmpty();
  }

  /**
   * How many people share the value: for a group, its {@link #headcount()}, else its attendees;
   * otherwise 1. A shared meal's value per person is its amount divided by this, covered recipients
   * or not (42 CFR 403.904).
   */
  public int partakers() {
    return isGroup() ? headcount().orElse(attendees().size()) : 1;
  }

  @Value.Check
  protected void check() {
    int recipients =
        (recipient().isPresent() ? 1 : 0)
            + (organisation().isPresent() ? 1 : 0)
            + (isGroup() ? 1 : 0);
    ModelCheck check = ModelCheck.of("TransferOfValue", id()).positive("amount", amount());
    if (recipients != 1) {
      check.fail("recipient", recipient(), ModelCode.TRANSFER_RECIPIENTS, Arg.of(recipients));
    }
    check.require(
        headcount().isEmpty() || isGroup(),
        "headcount",
        headcount(),
        ModelCode.TRANSFER_HEADCOUNT_NOT_GROUP);
    if (headcount().isPresent() && headcount().get() < attendees().size()) {
      check.fail(
          "headcount",
          headcount(),
          ModelCode.TRANSFER_HEADCOUNT_TOO_LOW,
          Arg.of(attendees().size()));
    }
    check.require(
        thirdParty().isEmpty() || !isGroup(),
        "thirdParty",
        thirdParty(),
        ModelCode.TRANSFER_THIRD_PARTY_GROUP);
    check.require(
        !employmentCompensation() || recipient().isPresent(),
        "employmentCompensation",
        employmentCompensation(),
        ModelCode.TRANSFER_EMPLOYMENT_COMPENSATION_NOT_PERSON);
    check
        .unique("relatedProducts", relatedProducts(), p -> p)
        .nonBlank("therapeuticArea", therapeuticArea());
    if (mealSetting().isPresent() && nature() != NatureOfPayment.FOOD_AND_BEVERAGE) {
      check.fail(
          "mealSetting", mealSetting(), ModelCode.TRANSFER_MEAL_SETTING_NOT_FOOD, Arg.of(nature()));
    }
    if (item().isPresent()
        && nature() != NatureOfPayment.GIFT
        && nature() != NatureOfPayment.EDUCATION) {
      check.fail("item", item(), ModelCode.TRANSFER_ITEM_NOT_GIFT, Arg.of(nature()));
    }
    check
        .nonBlank("description", description())
        .attributeKeys(attributes())
        .unique("facts", facts(), f -> f.key().name())
        .throwIfInvalid();
  }
}
