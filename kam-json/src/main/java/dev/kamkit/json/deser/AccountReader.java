package dev.kamkit.json.deser;

import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.SiteId;

/** Reads the institution: account, sites of care and clinical units. */
final class AccountReader {
  static final Conv<AccountId> ACCOUNT_ID = Scalars.id(AccountId::of);
  static final Conv<Account> ACCOUNT_OBJECT = Conv.table(() -> AccountReader.ACCOUNT);

  private static final Conv<AccountKind> KIND = Scalars.enumOf(AccountKind.class);
  private static final Conv<AccountTier> TIER = Scalars.enumOf(AccountTier.class);
  private static final Conv<SiteKind> SITE_KIND = Scalars.enumOf(SiteKind.class);
  private static final Conv<Site> SITE_OBJECT = Conv.table(() -> AccountReader.SITE);
  private static final Conv<ClinicalUnit> UNIT_OBJECT =
      Conv.table(() -> AccountReader.CLINICAL_UNIT);

  static final PropertyTable<Account, Account.Builder> ACCOUNT =
      PropertyTable.of("an account object", Account::builder, Account.Builder::build)
          .req("id", ACCOUNT_ID, Account::id, Account.Builder::id)
          .req("name", Scalars.TEXT, Account::name, Account.Builder::name)
          .req("kind", KIND, Account::kind, Account.Builder::kind)
          .opt("parent", ACCOUNT_ID, Account::parent, Account.Builder::parent)
          .req("country", Scalars.TEXT, Account::country, Account.Builder::country)
          .opt("region", Scalars.TEXT, Account::region, Account.Builder::region)
          .list("sites", SITE_OBJECT, Account::sites, Account.Builder::addSites)
          .optDefault(
              "profile",
              ProfileReader.PROFILE,
              Account::profile,
              AccountProfile::isEmpty,
              Account.Builder::profile)
          .opt("tier", TIER, Account::tier, Account.Builder::tier)
          .facts(FactReaders.ACCOUNT, Account::facts, Account.Builder::addAllFacts)
          .attributes(Account::attributes, Account.Builder::putAllAttributes);

  static final PropertyTable<Site, Site.Builder> SITE =
      PropertyTable.of("a site object", Site::builder, Site.Builder::build)
          .req("id", Scalars.id(SiteId::of), Site::id, Site.Builder::id)
          .req("name", Scalars.TEXT, Site::name, Site.Builder::name)
          .req("kind", SITE_KIND, Site::kind, Site.Builder::kind)
          .opt("beds", Scalars.INTEGER, Site::beds, Site.Builder::beds)
          .opt("region", Scalars.TEXT, Site::region, Site.Builder::region)
          .list("clinicalUnits", UNIT_OBJECT, Site::clinicalUnits, Site.Builder::addClinicalUnits);

  static final PropertyTable<ClinicalUnit, ClinicalUnit.Builder> CLINICAL_UNIT =
      PropertyTable.of("a clinical unit object", ClinicalUnit::builder, ClinicalUnit.Builder::build)
          .req("id", Scalars.id(ClinicalUnitId::of), ClinicalUnit::id, ClinicalUnit.Builder::id)
          .req("name", Scalars.TEXT, ClinicalUnit::name, ClinicalUnit.Builder::name)
          .opt("specialty", Scalars.TEXT, ClinicalUnit::specialty, ClinicalUnit.Builder::specialty);

  private AccountReader() {}
}
