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
import dev.kamkit.model.engagement.ThirdPartyKind;
import dev.kamkit.model.engagement.ThirdPartyRecipient;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.engagement.TravelDestination;
import dev.kamkit.model.engagement.Venue;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.ServiceAgreementId;
import dev.kamkit.model.id.TransferOfValueId;

/** Reads what happened between our people and the account: interactions, transfers of value. */
final class EngagementReader {
  static final Conv<Interaction> INTERACTION_OBJECT =
      Conv.table(() -> EngagementReader.INTERACTION);
  static final Conv<TransferOfValue> TRANSFER_OBJECT = Conv.table(() -> EngagementReader.TRANSFER);
  static final Conv<ServiceAgreement> AGREEMENT_OBJECT =
      Conv.table(() -> EngagementReader.AGREEMENT);

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
      Conv.table(() -> EngagementReader.SPEAKER_PROGRAM);
  private static final Conv<ProductDiscussion> DISCUSSION_OBJECT =
      Conv.table(() -> EngagementReader.DISCUSSION);
  private static final Conv<TravelDestination> DESTINATION_OBJECT =
      Conv.table(() -> EngagementReader.DESTINATION);
  private static final Conv<ThirdPartyKind> THIRD_PARTY_KIND = Scalars.enumOf(ThirdPartyKind.class);
  private static final Conv<ThirdPartyRecipient> THIRD_PARTY_OBJECT =
      Conv.table(() -> EngagementReader.THIRD_PARTY);

  static final PropertyTable<Interaction, Interaction.Builder> INTERACTION =
      PropertyTable.of("an interaction object", Interaction::builder, Interaction.Builder::build)
          .req("id", INTERACTION_ID, Interaction::id, Interaction.Builder::id)
          .req("date", Scalars.DATE_VALUE, Interaction::date, Interaction.Builder::date)
          .req("channel", CHANNEL, Interaction::channel, Interaction.Builder::channel)
          .optDefault("status", STATUS, Interaction::status, Interaction.Builder::status)
          .reqSet(
              "teamMembers",
              TeamReader.TEAM_MEMBER_ID,
              Interaction::teamMembers,
              Interaction.Builder::addAllTeamMembers)
          .set(
              "stakeholders",
              StakeholderReader.STAKEHOLDER_ID,
              Interaction::stakeholders,
              Interaction.Builder::addAllStakeholders)
          .opt(
              "decisionBody",
              StakeholderReader.DECISION_BODY_ID,
              Interaction::decisionBody,
              Interaction.Builder::decisionBody)
          .req("purpose", Scalars.TEXT, Interaction::purpose, Interaction.Builder::purpose)
          .opt("rationale", Scalars.TEXT, Interaction::rationale, Interaction.Builder::rationale)
          .list(
              "productsDiscussed",
              DISCUSSION_OBJECT,
              Interaction::productsDiscussed,
              Interaction.Builder::addProductsDiscussed)
          .set(
              "materials",
              ProductReader.MATERIAL_ID,
              Interaction::materials,
              Interaction.Builder::addAllMaterials)
          .optDefault(
              "unsolicitedRequest",
              Scalars.FLAG,
              Interaction::unsolicitedRequest,
              Interaction.Builder::unsolicitedRequest)
          .opt(
              "speakerProgram",
              SPEAKER_PROGRAM_OBJECT,
              Interaction::speakerProgram,
              Interaction.Builder::speakerProgram)
          .attributes(Interaction::attributes, Interaction.Builder::putAllAttributes);

  static final PropertyTable<SpeakerProgram, SpeakerProgram.Builder> SPEAKER_PROGRAM =
      PropertyTable.of(
              "a speaker programme object", SpeakerProgram::builder, SpeakerProgram.Builder::build)
          .req("topic", Scalars.TEXT, SpeakerProgram::topic, SpeakerProgram.Builder::topic)
          .opt(
              "speaker",
              StakeholderReader.STAKEHOLDER_ID,
              SpeakerProgram::speaker,
              SpeakerProgram.Builder::speaker)
          .opt(
              "speakerChosenBy",
              TeamReader.TEAM_MEMBER_ID,
              SpeakerProgram::speakerChosenBy,
              SpeakerProgram.Builder::speakerChosenBy)
          .req("venue", VENUE, SpeakerProgram::venue, SpeakerProgram.Builder::venue)
          .optDefault(
              "mealServed",
              Scalars.FLAG,
              SpeakerProgram::mealServed,
              SpeakerProgram.Builder::mealServed)
          .optDefault(
              "companyPaidAlcohol",
              Scalars.FLAG,
              SpeakerProgram::companyPaidAlcohol,
              SpeakerProgram.Builder::companyPaidAlcohol)
          .set(
              "needRecordedFor",
              StakeholderReader.STAKEHOLDER_ID,
              SpeakerProgram::needRecordedFor,
              SpeakerProgram.Builder::addAllNeedRecordedFor)
          .opt(
              "therapeuticArea",
              Scalars.TEXT,
              SpeakerProgram::therapeuticArea,
              SpeakerProgram.Builder::therapeuticArea)
          .set(
              "indications",
              ProductReader.INDICATION_ID,
              SpeakerProgram::indications,
              SpeakerProgram.Builder::addAllIndications);

  static final PropertyTable<ServiceAgreement, ServiceAgreement.Builder> AGREEMENT =
      PropertyTable.of(
              "a service agreement object",
              ServiceAgreement::builder,
              ServiceAgreement.Builder::build)
          .req("id", AGREEMENT_ID, ServiceAgreement::id, ServiceAgreement.Builder::id)
          .req("kind", SERVICE_KIND, ServiceAgreement::kind, ServiceAgreement.Builder::kind)
          .opt(
              "stakeholder",
              StakeholderReader.STAKEHOLDER_ID,
              ServiceAgreement::stakeholder,
              ServiceAgreement.Builder::stakeholder)
          .opt(
              "organisation",
              AccountReader.ACCOUNT_ID,
              ServiceAgreement::organisation,
              ServiceAgreement.Builder::organisation)
          .opt(
              "signedOn",
              Scalars.DATE_VALUE,
              ServiceAgreement::signedOn,
              ServiceAgreement.Builder::signedOn)
          .opt(
              "compensationSetOn",
              Scalars.DATE_VALUE,
              ServiceAgreement::compensationSetOn,
              ServiceAgreement.Builder::compensationSetOn)
          .req(
              "compensationBasis",
              BASIS,
              ServiceAgreement::compensationBasis,
              ServiceAgreement.Builder::compensationBasis)
          .req(
              "start", Scalars.DATE_VALUE, ServiceAgreement::start, ServiceAgreement.Builder::start)
          .opt("end", Scalars.DATE_VALUE, ServiceAgreement::end, ServiceAgreement.Builder::end)
          .opt(
              "annualCap",
              ValueReader.MONEY,
              ServiceAgreement::annualCap,
              ServiceAgreement.Builder::annualCap);

  static final PropertyTable<ProductDiscussion, ProductDiscussion.Builder> DISCUSSION =
      PropertyTable.of(
              "a product discussion object",
              ProductDiscussion::builder,
              ProductDiscussion.Builder::build)
          .req(
              "product",
              ProductReader.PRODUCT_ID,
              ProductDiscussion::product,
              ProductDiscussion.Builder::product)
          .opt(
              "indication",
              ProductReader.INDICATION_ID,
              ProductDiscussion::indication,
              ProductDiscussion.Builder::indication);

  static final PropertyTable<TransferOfValue, TransferOfValue.Builder> TRANSFER =
      PropertyTable.of(
              "a transfer of value object",
              TransferOfValue::builder,
              TransferOfValue.Builder::build)
          .req(
              "id",
              Scalars.id(TransferOfValueId::of),
              TransferOfValue::id,
              TransferOfValue.Builder::id)
          .req("date", Scalars.DATE_VALUE, TransferOfValue::date, TransferOfValue.Builder::date)
          .req(
              "amount", ValueReader.MONEY, TransferOfValue::amount, TransferOfValue.Builder::amount)
          .req("form", FORM, TransferOfValue::form, TransferOfValue.Builder::form)
          .req("nature", NATURE, TransferOfValue::nature, TransferOfValue.Builder::nature)
          .opt(
              "recipient",
              StakeholderReader.STAKEHOLDER_ID,
              TransferOfValue::recipient,
              TransferOfValue.Builder::recipient)
          .opt(
              "organisation",
              AccountReader.ACCOUNT_ID,
              TransferOfValue::organisation,
              TransferOfValue.Builder::organisation)
          .set(
              "attendees",
              StakeholderReader.STAKEHOLDER_ID,
              TransferOfValue::attendees,
              TransferOfValue.Builder::addAllAttendees)
          .opt(
              "headcount",
              Scalars.INTEGER,
              TransferOfValue::headcount,
              TransferOfValue.Builder::headcount)
          .set(
              "relatedProducts",
              ProductReader.PRODUCT_ID,
              TransferOfValue::relatedProducts,
              TransferOfValue.Builder::addAllRelatedProducts)
          .opt(
              "therapeuticArea",
              Scalars.TEXT,
              TransferOfValue::therapeuticArea,
              TransferOfValue.Builder::therapeuticArea)
          .opt(
              "travelDestination",
              DESTINATION_OBJECT,
              TransferOfValue::travelDestination,
              TransferOfValue.Builder::travelDestination)
          .opt(
              "interaction",
              INTERACTION_ID,
              TransferOfValue::interaction,
              TransferOfValue.Builder::interaction)
          .opt(
              "agreement",
              AGREEMENT_ID,
              TransferOfValue::agreement,
              TransferOfValue.Builder::agreement)
          .opt(
              "mealSetting",
              MEAL_SETTING,
              TransferOfValue::mealSetting,
              TransferOfValue.Builder::mealSetting)
          .opt("item", ITEM, TransferOfValue::item, TransferOfValue.Builder::item)
          .opt(
              "description",
              Scalars.TEXT,
              TransferOfValue::description,
              TransferOfValue.Builder::description)
          .facts(FactReaders.TRANSFER, TransferOfValue::facts, TransferOfValue.Builder::addAllFacts)
          .attributes(TransferOfValue::attributes, TransferOfValue.Builder::putAllAttributes)
          .opt(
              "thirdParty",
              THIRD_PARTY_OBJECT,
              TransferOfValue::thirdParty,
              TransferOfValue.Builder::thirdParty)
          // written only when true: a minor version does not add a line to every transfer
          .optDefault(
              "employmentCompensation",
              Scalars.FLAG,
              TransferOfValue::employmentCompensation,
              Boolean.FALSE::equals,
              TransferOfValue.Builder::employmentCompensation);

  static final PropertyTable<TravelDestination, TravelDestination.Builder> DESTINATION =
      PropertyTable.of(
              "a travel destination object",
              TravelDestination::builder,
              TravelDestination.Builder::build)
          .req("city", Scalars.TEXT, TravelDestination::city, TravelDestination.Builder::city)
          .opt("state", Scalars.TEXT, TravelDestination::state, TravelDestination.Builder::state)
          .req(
              "country",
              Scalars.TEXT,
              TravelDestination::country,
              TravelDestination.Builder::country);

  static final PropertyTable<ThirdPartyRecipient, ThirdPartyRecipient.Builder> THIRD_PARTY =
      PropertyTable.of(
              "a third party recipient object",
              ThirdPartyRecipient::builder,
              ThirdPartyRecipient.Builder::build)
          .req(
              "kind",
              THIRD_PARTY_KIND,
              ThirdPartyRecipient::kind,
              ThirdPartyRecipient.Builder::kind)
          .opt("name", Scalars.TEXT, ThirdPartyRecipient::name, ThirdPartyRecipient.Builder::name)
          .optDefault(
              "charity",
              Scalars.FLAG,
              ThirdPartyRecipient::charity,
              ThirdPartyRecipient.Builder::charity)
          .optDefault(
              "coveredRecipient",
              Scalars.FLAG,
              ThirdPartyRecipient::coveredRecipient,
              ThirdPartyRecipient.Builder::coveredRecipient);

  private EngagementReader() {}
}
