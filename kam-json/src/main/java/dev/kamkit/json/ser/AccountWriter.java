package dev.kamkit.json.ser;

import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.GpoAffiliation;
import dev.kamkit.model.account.Site;

/** Writes the institution: account, sites, clinical units and profile. */
final class AccountWriter {
  private AccountWriter() {}

  static void account(Out out, Account a) {
    out.object(
        () -> {
          out.id("id", a.id());
          out.text("name", a.name());
          out.enumValue("kind", a.kind());
          out.id("parent", a.parent());
          out.text("country", a.country());
          out.text("region", a.region());
          out.objects("sites", a.sites(), AccountWriter::site);
          if (!a.profile().isEmpty() || out.hasUnknownWithin("profile")) {
            out.object("profile", a.profile(), AccountWriter::profile);
          }
          out.enumValue("tier", a.tier());
          out.attributes(a.attributes());
        });
  }

  private static void site(Out out, Site s) {
    out.object(
        () -> {
          out.id("id", s.id());
          out.text("name", s.name());
          out.enumValue("kind", s.kind());
          out.integer("beds", s.beds());
          out.text("region", s.region());
          out.objects("clinicalUnits", s.clinicalUnits(), AccountWriter::clinicalUnit);
        });
  }

  private static void clinicalUnit(Out out, ClinicalUnit u) {
    out.object(
        () -> {
          out.id("id", u.id());
          out.text("name", u.name());
          out.text("specialty", u.specialty());
        });
  }

  private static void profile(Out out, AccountProfile p) {
    out.object(
        () -> {
          out.integer("beds", p.beds());
          out.integer("facilityCount", p.facilityCount());
          out.enumValue("ownership", p.ownership());
          out.objects("gpoAffiliations", p.gpoAffiliations(), AccountWriter::gpo);
          out.objects("contracts", p.contracts(), AccountWriter::contract);
          out.text("ehrSystem", p.ehrSystem());
          out.monthDay("fiscalYearStart", p.fiscalYearStart());
          out.objects("annualVolumes", p.annualVolumes(), AccountWriter::volume);
        });
  }

  private static void gpo(Out out, GpoAffiliation g) {
    out.object(
        () -> {
          out.text("gpoName", g.gpoName());
          out.id("gpoAccount", g.gpoAccount());
          out.enumValue("commitment", g.commitment());
          out.date("since", g.since());
          out.date("until", g.until());
        });
  }

  private static void contract(Out out, Contract c) {
    out.object(
        () -> {
          out.id("id", c.id());
          out.text("name", c.name());
          out.enumValue("kind", c.kind());
          out.enumValue("status", c.status());
          out.date("start", c.start());
          out.date("end", c.end());
          out.ids("products", c.products());
          out.money("value", c.value());
          out.decimal("administrativeFeePercent", c.administrativeFeePercent());
          out.money("administrativeFeeAmount", c.administrativeFeeAmount());
        });
  }

  private static void volume(Out out, AnnualVolume v) {
    out.object(
        () -> {
          out.integer("fiscalYear", v.fiscalYear());
          out.id("product", v.product());
          out.decimal("units", v.units());
          out.money("netRevenue", v.netRevenue());
        });
  }
}
