package dev.kamkit.json.deser;

import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.SiteId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads the institution: account, sites of care and clinical units. */
final class AccountReader {
  static final List<String> ACCOUNT =
      List.of(
          "id",
          "name",
          "kind",
          "parent",
          "country",
          "region",
          "sites",
          "profile",
          "tier",
          "attributes");
  static final List<String> SITE = List.of("id", "name", "kind", "beds", "region", "clinicalUnits");
  static final List<String> CLINICAL_UNIT = List.of("id", "name", "specialty");

  static final Conv<AccountId> ACCOUNT_ID = Scalars.id(AccountId::of);
  static final Conv<Account> ACCOUNT_OBJECT = Conv.of("an account object", AccountReader::account);

  private static final Conv<AccountKind> KIND = Scalars.enumOf(AccountKind.class);
  private static final Conv<AccountTier> TIER = Scalars.enumOf(AccountTier.class);
  private static final Conv<SiteKind> SITE_KIND = Scalars.enumOf(SiteKind.class);
  private static final Conv<Site> SITE_OBJECT = Conv.of("a site object", AccountReader::site);
  private static final Conv<ClinicalUnit> UNIT_OBJECT =
      Conv.of("a clinical unit object", AccountReader::clinicalUnit);

  private AccountReader() {}

  private static @Nullable Account account(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "an account object", ACCOUNT);
    if (in == null) {
      return null;
    }
    Account.Builder b = Account.builder();
    in.req("id", ACCOUNT_ID, b::id);
    in.req("name", Scalars.TEXT, b::name);
    in.req("kind", KIND, b::kind);
    in.opt("parent", ACCOUNT_ID, b::parent);
    in.req("country", Scalars.TEXT, b::country);
    in.opt("region", Scalars.TEXT, b::region);
    in.list("sites", SITE_OBJECT, b::addAllSites);
    in.opt("profile", ProfileReader.PROFILE, b::profile);
    in.opt("tier", TIER, b::tier);
    ValueReader.attributes(in, b::putAllAttributes);
    return in.build(b::build);
  }

  private static @Nullable Site site(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a site object", SITE);
    if (in == null) {
      return null;
    }
    Site.Builder b = Site.builder();
    in.req("id", Scalars.id(SiteId::of), b::id);
    in.req("name", Scalars.TEXT, b::name);
    in.req("kind", SITE_KIND, b::kind);
    in.opt("beds", Scalars.INTEGER, b::beds);
    in.opt("region", Scalars.TEXT, b::region);
    in.list("clinicalUnits", UNIT_OBJECT, b::addAllClinicalUnits);
    return in.build(b::build);
  }

  private static @Nullable ClinicalUnit clinicalUnit(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a clinical unit object", CLINICAL_UNIT);
    if (in == null) {
      return null;
    }
    ClinicalUnit.Builder b = ClinicalUnit.builder();
    in.req("id", Scalars.id(ClinicalUnitId::of), b::id);
    in.req("name", Scalars.TEXT, b::name);
    in.opt("specialty", Scalars.TEXT, b::specialty);
    return in.build(b::build);
  }
}
