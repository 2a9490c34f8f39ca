package dev.kamkit.json.deser;

import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.CompensationBasis;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.engagement.ItemKind;
import dev.kamkit.model.engagement.MealSetting;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.engagement.ServiceAgreement;
import dev.kamkit.model.engagement.ServiceKind;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.engagement.TravelDestination;
import dev.kamkit.model.engagement.Venue;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.ServiceAgreementId;
import dev.kamkit.model.id.TransferOfValueId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads what happened between our people and the account: interactions, transfers of value. */
final class EngagementReader {
  static final List<String> INTERACTION =
      List.of(
          "id",
          "date",
          "channel",
          "status",
          "teamMembers",
          "stakeholders",
          "decisionBody",
          "purpose",
          "rationale",
          "productsDiscussed",
          "materials",
          "unsolicitedRequest",
          "speakerProgram",
          "attributes");
  static final List<String> SPEAKER_PROGRAM =
      List.of(
          "topic",
          "speaker",
          "speakerChosenBy",
          "venue",
          "mealServed",
          "companyPaidAlcohol",
          "needRecordedFor");
  static final List<String> DISCUSSION = List.of("product", "indication");
  static final List<String> TRANSFER =
      List.of(
          "id",
          "date",
          "amount",
          "form",
          "nature",
          "recipient",
          "organisation",
          "attendees",
          "headcount",
          "relatedProducts",
          "therapeuticArea",
          "travelDestination",
          "interaction",
          "agreement",
          "mealSetting",
          "item",
          "description",
          "attributes");
  static final List<String> AGREEMENT =
      List.of(
          "id",
          "kind",
          "stakeholder",
          "organisation",
          "signedOn",
          "compensationSetOn",
          "compensationBasis",
          "start",
          "end",
          "annualCap");
  static final List<String> DESTINATION = List.of("city", "state", "country");

  static final Conv<Interaction> INTERACTION_OBJECT =
      Conv.of("an interaction object", EngagementReader::interaction);
  static final Conv<TransferOfValue> TRANSFER_OBJECT =
      Conv.of("a transfer of value object", EngagementReader::transfer);
  static final Conv<ServiceAgreement> AGREEMENT_OBJECT =
      Conv.of("a service agreement object", EngagementReader::agreement);

  private static final Conv<InteractionId> INTERACTION_ID = Scalars.id(InteractionId::of);
  private static final Conv<Channel> CHANNEL = Scalars.enumOf(Channel.class);
  private static final Conv<InteractionStatus> STATUS = Scalars.enumOf(InteractionStatus.class);
  private static final Conv<FormOfPayment> FORM = Scalars.enumOf(FormOfPayment.class);
  private static final Conv<NatureOfPayment> NATURE = Scalars.enumOf(NatureOfPayment.class);
  private static final Conv<ServiceAgreementId> AGREEMENT_ID = Scalars.id(ServiceAgreementId::of);
  private static final Conv<MealSetting> MEAL_SETTING = Scalars.enumOf(MealSetting.class);
  private static final Conv<ItemKind> ITEM = Scalars.enumOf(ItemKind.class);
  private static final Conv<Venue> VENUE = Scalars.enumOf(Venue.class);
  private static final Conv<ServiceKind> SERVICE_KIND = Scalars.enumOf(ServiceKind.class);
  private static final Conv<CompensationBasis> BASIS = Scalars.enumOf(CompensationBasis.class);
  private static final Conv<SpeakerProgram> SPEAKER_PROGRAM_OBJECT =
      Conv.of("a speaker programme object", EngagementReader::speakerProgram);
  private static final Conv<ProductDiscussion> DISCUSSION_OBJECT =
      Conv.of("a product discussion object", EngagementReader::discussion);
  private static final Conv<TravelDestination> DESTINATION_OBJECT =
      Conv.of("a travel destination object", EngagementReader::destination);

  private EngagementReader() {}

  private static @Nullable Interaction interaction(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "an interaction object", INTERACTION);
    if (in == null) {
      return null;
    }
    Interaction.Builder b = Interaction.builder();
    in.req("id", INTERACTION_ID, b::id);
    in.req("date", Scalars.DATE_VALUE, b::date);
    in.req("channel", CHANNEL, b::channel);
    in.opt("status", STATUS, b::status);
    in.set("teamMembers", TeamReader.TEAM_MEMBER_ID, b::addAllTeamMembers);
    in.set("stakeholders", StakeholderReader.STAKEHOLDER_ID, b::addAllStakeholders);
    in.opt("decisionBody", StakeholderReader.DECISION_BODY_ID, b::decisionBody);
    in.req("purpose", Scalars.TEXT, b::purpose);
    in.opt("rationale", Scalars.TEXT, b::rationale);
    in.list("productsDiscussed", DISCUSSION_OBJECT, b::addAllProductsDiscussed);
    in.set("materials", ProductReader.MATERIAL_ID, b::addAllMaterials);
    in.opt("unsolicitedRequest", Scalars.FLAG, b::unsolicitedRequest);
    in.opt("speakerProgram", SPEAKER_PROGRAM_OBJECT, b::speakerProgram);
    ValueReader.attributes(in, b::putAllAttributes);
    return in.build(b::build);
  }

  private static @Nullable SpeakerProgram speakerProgram(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a speaker programme object", SPEAKER_PROGRAM);
    if (in == null) {
      return null;
    }
    SpeakerProgram.Builder b = SpeakerProgram.builder();
    in.req("topic", Scalars.TEXT, b::topic);
    in.opt("speaker", StakeholderReader.STAKEHOLDER_ID, b::speaker);
    in.opt("speakerChosenBy", TeamReader.TEAM_MEMBER_ID, b::speakerChosenBy);
    in.req("venue", VENUE, b::venue);
    in.opt("mealServed", Scalars.FLAG, b::mealServed);
    in.opt("companyPaidAlcohol", Scalars.FLAG, b::companyPaidAlcohol);
    in.set("needRecordedFor", StakeholderReader.STAKEHOLDER_ID, b::addAllNeedRecordedFor);
    return in.build(b::build);
  }

  private static @Nullable ServiceAgreement agreement(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a service agreement object", AGREEMENT);
    if (in == null) {
      return null;
    }
    ServiceAgreement.Builder b = ServiceAgreement.builder();
    in.req("id", AGREEMENT_ID, b::id);
    in.req("kind", SERVICE_KIND, b::kind);
    in.opt("stakeholder", StakeholderReader.STAKEHOLDER_ID, b::stakeholder);
    in.opt("organisation", AccountReader.ACCOUNT_ID, b::organisation);
    in.opt("signedOn", Scalars.DATE_VALUE, b::signedOn);
    in.opt("compensationSetOn", Scalars.DATE_VALUE, b::compensationSetOn);
    in.req("compensationBasis", BASIS, b::compensationBasis);
    in.req("start", Scalars.DATE_VALUE, b::start);
    in.opt("end", Scalars.DATE_VALUE, b::end);
    in.opt("annualCap", ValueReader.MONEY, b::annualCap);
    return in.build(b::build);
  }

  private static @Nullable ProductDiscussion discussion(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a product discussion object", DISCUSSION);
    if (in == null) {
      return null;
    }
    ProductDiscussion.Builder b = ProductDiscussion.builder();
    in.req("product", ProductReader.PRODUCT_ID, b::product);
    in.opt("indication", ProductReader.INDICATION_ID, b::indication);
    return in.build(b::build);
  }

  private static @Nullable TransferOfValue transfer(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a transfer of value object", TRANSFER);
    if (in == null) {
      return null;
    }
    TransferOfValue.Builder b = TransferOfValue.builder();
    in.req("id", Scalars.id(TransferOfValueId::of), b::id);
    in.req("date", Scalars.DATE_VALUE, b::date);
    in.req("amount", ValueReader.MONEY, b::amount);
    in.req("form", FORM, b::form);
    in.req("nature", NATURE, b::nature);
    in.opt("recipient", StakeholderReader.STAKEHOLDER_ID, b::recipient);
    in.opt("organisation", AccountReader.ACCOUNT_ID, b::organisation);
    in.set("attendees", StakeholderReader.STAKEHOLDER_ID, b::addAllAttendees);
    in.opt("headcount", Scalars.INTEGER, b::headcount);
    in.set("relatedProducts", ProductReader.PRODUCT_ID, b::addAllRelatedProducts);
    in.opt("therapeuticArea", Scalars.TEXT, b::therapeuticArea);
    in.opt("travelDestination", DESTINATION_OBJECT, b::travelDestination);
    in.opt("interaction", INTERACTION_ID, b::interaction);
    in.opt("agreement", AGREEMENT_ID, b::agreement);
    in.opt("mealSetting", MEAL_SETTING, b::mealSetting);
    in.opt("item", ITEM, b::item);
    in.opt("description", Scalars.TEXT, b::description);
    ValueReader.attributes(in, b::putAllAttributes);
    return in.build(b::build);
  }

  private static @Nullable TravelDestination destination(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a travel destination object", DESTINATION);
    if (in == null) {
      return null;
    }
    TravelDestination.Builder b = TravelDestination.builder();
    in.req("city", Scalars.TEXT, b::city);
    in.opt("state", Scalars.TEXT, b::state);
    in.req("country", Scalars.TEXT, b::country);
    return in.build(b::build);
  }
}
