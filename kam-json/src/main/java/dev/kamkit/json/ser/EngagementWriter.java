package dev.kamkit.json.ser;

import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.ProductDiscussion;
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
          out.flag("unsolicitedRequest", i.unsolicitedRequest());
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
          out.object("travelDestination", t.travelDestination(), EngagementWriter::destination);
          out.id("interaction", t.interaction());
          out.text("description", t.description());
          out.attributes(t.attributes());
        });
  }

  private static void discussion(Out out, ProductDiscussion d) {
    out.object(
        () -> {
          out.id("product", d.product());
          out.id("indication", d.indication());
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
