package dev.kamkit.json.ser;

import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.engagement.ServiceAgreement;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.engagement.ThirdPartyRecipient;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.engagement.TravelDestination;

/** Writes what happened between our people and the account: interactions, transfers of value. */
final class EngagementWriter {
  private EngagementWriter() {}

  static void interaction(Out out, Interaction i) {
    out.object(
        () -> {
          out.id("id", i.id());
          out.date("date", i.date());
          out.enumValue("channel", i.channel());
          out.enumValue("status", i.status());
          out.ids("teamMembers", i.teamMembers());
          out.ids("stakeholders", i.stakeholders());
          out.id("decisionBody", i.decisionBody());
          out.text("purpose", i.purpose());
          out.text("rationale", i.rationale());
          out.objects("productsDiscussed", i.productsDiscussed(), EngagementWriter::discussion);
          out.ids("materials", i.materials());
          out.flag("unsolicitedRequest", i.unsolicitedRequest());
          out.object("speakerProgram", i.speakerProgram(), EngagementWriter::speakerProgram);
          out.attributes(i.attributes());
        });
  }

  static void transfer(Out out, TransferOfValue t) {
    out.object(
        () -> {
          out.id("id", t.id());
          out.date("date", t.date());
          out.money("amount", t.amount());
          out.enumValue("form", t.form());
          out.enumValue("nature", t.nature());
          out.id("recipient", t.recipient());
          out.id("organisation", t.organisation());
          out.ids("attendees", t.attendees());
          out.integer("headcount", t.headcount());
          out.ids("relatedProducts", t.relatedProducts());
          out.text("therapeuticArea", t.therapeuticArea());
          out.object("travelDestination", t.travelDestination(), EngagementWriter::destination);
          out.id("interaction", t.interaction());
          out.id("agreement", t.agreement());
          out.enumValue("mealSetting", t.mealSetting());
          out.enumValue("item", t.item());
          out.text("description", t.description());
          out.attributes(t.attributes());
          out.object("thirdParty", t.thirdParty(), EngagementWriter::thirdParty);
          out.flag("employmentCompensation", t.employmentCompensation());
        });
  }

  static void agreement(Out out, ServiceAgreement a) {
    out.object(
        () -> {
          out.id("id", a.id());
          out.enumValue("kind", a.kind());
          out.id("stakeholder", a.stakeholder());
          out.id("organisation", a.organisation());
          out.date("signedOn", a.signedOn());
          out.date("compensationSetOn", a.compensationSetOn());
          out.enumValue("compensationBasis", a.compensationBasis());
          out.date("start", a.start());
          out.date("end", a.end());
          out.money("annualCap", a.annualCap());
        });
  }

  private static void speakerProgram(Out out, SpeakerProgram p) {
    out.object(
        () -> {
          out.text("topic", p.topic());
          out.id("speaker", p.speaker());
          out.id("speakerChosenBy", p.speakerChosenBy());
          out.enumValue("venue", p.venue());
          out.flag("mealServed", p.mealServed());
          out.flag("companyPaidAlcohol", p.companyPaidAlcohol());
          out.ids("needRecordedFor", p.needRecordedFor());
        });
  }

  private static void discussion(Out out, ProductDiscussion d) {
    out.object(
        () -> {
          out.id("product", d.product());
          out.id("indication", d.indication());
        });
  }

  private static void thirdParty(Out out, ThirdPartyRecipient p) {
    out.object(
        () -> {
          out.enumValue("kind", p.kind());
          out.text("name", p.name());
          out.flag("charity", p.charity());
          out.flag("coveredRecipient", p.coveredRecipient());
        });
  }

  private static void destination(Out out, TravelDestination d) {
    out.object(
        () -> {
          out.text("city", d.city());
          out.text("state", d.state());
          out.text("country", d.country());
        });
  }
}
