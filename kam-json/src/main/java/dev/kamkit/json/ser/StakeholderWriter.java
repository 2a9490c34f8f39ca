package dev.kamkit.json.ser;

import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.ManufacturerEmployment;
import dev.kamkit.model.stakeholder.Npi;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderInfluence;

/** Writes the people in the account: stakeholders, their seats, HCP identity and influence. */
final class StakeholderWriter {
  private StakeholderWriter() {}

  static void stakeholder(Out out, Stakeholder s) {
    out.object(
        () -> {
          out.id("id", s.id());
          out.text("name", s.name());
          out.text("title", s.title());
          out.enumValue("function", s.function());
          out.enums("buyingRoles", s.buyingRoles());
          out.objects(
              "committeeMemberships", s.committeeMemberships(), StakeholderWriter::membership);
          out.enumValue("sentiment", s.sentiment());
          out.enumValue("influence", s.influence());
          out.enumValue("seniority", s.seniority());
          out.id("reportsTo", s.reportsTo());
          out.enumValue("status", s.status());
          out.date("departureDate", s.departureDate());
          out.id("site", s.site());
          out.id("clinicalUnit", s.clinicalUnit());
          out.object("hcp", s.hcp(), StakeholderWriter::hcp);
          out.attributes(s.attributes());
          out.object(
              "manufacturerEmployment", s.manufacturerEmployment(), StakeholderWriter::employment);
        });
  }

  static void influence(Out out, StakeholderInfluence i) {
    out.object(
        () -> {
          out.id("influencer", i.influencer());
          out.id("influenced", i.influenced());
          out.enumValue("strength", i.strength());
        });
  }

  private static void membership(Out out, CommitteeMembership m) {
    out.object(
        () -> {
          out.id("decisionBody", m.decisionBody());
          out.enumValue("role", m.role());
        });
  }

  private static void employment(Out out, ManufacturerEmployment e) {
    out.object(
        () -> {
          out.enumValue("basis", e.basis());
          out.date("since", e.since());
          out.date("until", e.until());
        });
  }

  private static void hcp(Out out, HcpIdentity h) {
    out.object(
        () -> {
          out.enumValue("profession", h.profession());
          out.enumValue("trainingStatus", h.trainingStatus());
          out.text("npi", h.npi().map(Npi::value));
          out.texts("licenseStates", h.licenseStates());
          out.text("specialty", h.specialty());
          out.text("countryOfPractice", h.countryOfPractice());
          out.text("nationalRegistration", h.nationalRegistration());
          out.flag("disclosureConsent", h.disclosureConsent());
        });
  }
}
