package dev.kamkit.json.deser;

import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.engagement.TravelDestination;
import dev.kamkit.model.id.InteractionId;
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
          "unsolicitedRequest",
          "attributes");
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
          "travelDestination",
          "interaction",
          "description",
          "attributes");
  static final List<String> DESTINATION = List.of("city", "state", "country");

  static final Conv<Interaction> INTERACTION_OBJECT =
      Conv.of("an interaction object", EngagementReader::interaction);
  static final Conv<TransferOfValue> TRANSFER_OBJECT =
      Conv.of("a transfer of value object", EngagementReader::transfer);

  private static final Conv<InteractionId> INTERACTION_ID = Scalars.id(InteractionId::of);
  private static final Conv<Channel> CHANNEL = Scalars.enumOf(Channel.class);
  private static final Conv<InteractionStatus> STATUS = Scalars.enumOf(InteractionStatus.class);
  private static final Conv<FormOfPayment> FORM = Scalars.enumOf(FormOfPayment.class);
  private static final Conv<NatureOfPayment> NATURE = Scalars.enumOf(NatureOfPayment.class);
  private static final Conv<ProductDiscussion> DISCUSSION_OBJECT =
      Conv.of("a product discussion object", EngagementReader::discussion);
  private static final Conv<TravelDestination> DESTINATION_OBJECT =
      Conv.of("a travel destination object", EngagementReader::destination);

  private EngagementReader() {}

  private static @Nullable Interaction interaction(ReadContext cx, JsonNode node, String at) {
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
    in.opt("unsolicitedRequest", Scalars.FLAG, b::unsolicitedRequest);
    ValueReader.attributes(in, b::putAllAttributes);
    return in.build(b::build);
  }

  private static @Nullable ProductDiscussion discussion(ReadContext cx, JsonNode node, String at) {
    In in = In.object(cx, node, at, "a product discussion object", DISCUSSION);
    if (in == null) {
      return null;
    }
    ProductDiscussion.Builder b = ProductDiscussion.builder();
    in.req("product", ProductReader.PRODUCT_ID, b::product);
    in.opt("indication", ProductReader.INDICATION_ID, b::indication);
    return in.build(b::build);
  }

  private static @Nullable TransferOfValue transfer(ReadContext cx, JsonNode node, String at) {
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
    in.opt("travelDestination", DESTINATION_OBJECT, b::travelDestination);
    in.opt("interaction", INTERACTION_ID, b::interaction);
    in.opt("description", Scalars.TEXT, b::description);
    ValueReader.attributes(in, b::putAllAttributes);
    return in.build(b::build);
  }

  private static @Nullable TravelDestination destination(ReadContext cx, JsonNode node, String at) {
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
