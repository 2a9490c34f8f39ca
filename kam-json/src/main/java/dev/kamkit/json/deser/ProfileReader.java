package dev.kamkit.json.deser;

import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.account.GpoAffiliation;
import dev.kamkit.model.account.GpoCommitment;
import dev.kamkit.model.account.Ownership;
import dev.kamkit.model.id.ContractId;

/** Reads an account's profile: size, ownership, GPO affiliations, contracts, volumes. */
final class ProfileReader {
  static final Conv<AccountProfile> PROFILE = Conv.table(() -> ProfileReader.PROFILE_PROPERTIES);

  private static final Conv<Ownership> OWNERSHIP = Scalars.enumOf(Ownership.class);
  private static final Conv<GpoCommitment> COMMITMENT = Scalars.enumOf(GpoCommitment.class);
  private static final Conv<ContractKind> CONTRACT_KIND = Scalars.enumOf(ContractKind.class);
  private static final Conv<ContractStatus> CONTRACT_STATUS = Scalars.enumOf(ContractStatus.class);
  private static final Conv<GpoAffiliation> GPO_OBJECT = Conv.table(() -> ProfileReader.GPO);
  private static final Conv<Contract> CONTRACT_OBJECT = Conv.table(() -> ProfileReader.CONTRACT);
  private static final Conv<AnnualVolume> VOLUME_OBJECT = Conv.table(() -> ProfileReader.VOLUME);

  static final PropertyTable<AccountProfile, AccountProfile.Builder> PROFILE_PROPERTIES =
      PropertyTable.of("a profile object", AccountProfile::builder, AccountProfile.Builder::build)
          .opt("beds", Scalars.INTEGER, AccountProfile::beds, AccountProfile.Builder::beds)
          .opt(
              "facilityCount",
              Scalars.INTEGER,
              AccountProfile::facilityCount,
              AccountProfile.Builder::facilityCount)
          .opt("ownership", OWNERSHIP, AccountProfile::ownership, AccountProfile.Builder::ownership)
          .list(
              "gpoAffiliations",
              GPO_OBJECT,
              AccountProfile::gpoAffiliations,
              AccountProfile.Builder::addGpoAffiliations)
          .list(
              "contracts",
              CONTRACT_OBJECT,
              AccountProfile::contracts,
              AccountProfile.Builder::addContracts)
          .opt(
              "ehrSystem",
              Scalars.TEXT,
              AccountProfile::ehrSystem,
              AccountProfile.Builder::ehrSystem)
          .opt(
              "fiscalYearStart",
              Scalars.MONTH_DAY_VALUE,
              AccountProfile::fiscalYearStart,
              AccountProfile.Builder::fiscalYearStart)
          .list(
              "annualVolumes",
              VOLUME_OBJECT,
              AccountProfile::annualVolumes,
              AccountProfile.Builder::addAnnualVolumes);

  static final PropertyTable<GpoAffiliation, GpoAffiliation.Builder> GPO =
      PropertyTable.of(
              "a GPO affiliation object", GpoAffiliation::builder, GpoAffiliation.Builder::build)
          .req("gpoName", Scalars.TEXT, GpoAffiliation::gpoName, GpoAffiliation.Builder::gpoName)
          .opt(
              "gpoAccount",
              AccountReader.ACCOUNT_ID,
              GpoAffiliation::gpoAccount,
              GpoAffiliation.Builder::gpoAccount)
          .req(
              "commitment",
              COMMITMENT,
              GpoAffiliation::commitment,
              GpoAffiliation.Builder::commitment)
          .opt("since", Scalars.DATE_VALUE, GpoAffiliation::since, GpoAffiliation.Builder::since)
          .opt("until", Scalars.DATE_VALUE, GpoAffiliation::until, GpoAffiliation.Builder::until);

  static final PropertyTable<Contract, Contract.Builder> CONTRACT =
      PropertyTable.of("a contract object", Contract::builder, Contract.Builder::build)
          .req("id", Scalars.id(ContractId::of), Contract::id, Contract.Builder::id)
          .req("name", Scalars.TEXT, Contract::name, Contract.Builder::name)
          .req("kind", CONTRACT_KIND, Contract::kind, Contract.Builder::kind)
          .req("status", CONTRACT_STATUS, Contract::status, Contract.Builder::status)
          .req("start", Scalars.DATE_VALUE, Contract::start, Contract.Builder::start)
          .req("end", Scalars.DATE_VALUE, Contract::end, Contract.Builder::end)
          .set(
              "products",
              ProductReader.PRODUCT_ID,
              Contract::products,
              Contract.Builder::addAllProducts)
          .opt("value", ValueReader.MONEY, Contract::value, Contract.Builder::value)
          .opt(
              "administrativeFeePercent",
              Scalars.DECIMAL_VALUE,
              Contract::administrativeFeePercent,
              Contract.Builder::administrativeFeePercent)
          .opt(
              "administrativeFeeAmount",
              ValueReader.MONEY,
              Contract::administrativeFeeAmount,
              Contract.Builder::administrativeFeeAmount);

  static final PropertyTable<AnnualVolume, AnnualVolume.Builder> VOLUME =
      PropertyTable.of(
              "an annual volume object", AnnualVolume::builder, AnnualVolume.Builder::build)
          .req(
              "fiscalYear",
              Scalars.INTEGER,
              AnnualVolume::fiscalYear,
              AnnualVolume.Builder::fiscalYear)
          .opt(
              "product",
              ProductReader.PRODUCT_ID,
              AnnualVolume::product,
              AnnualVolume.Builder::product)
          .opt("units", Scalars.DECIMAL_VALUE, AnnualVolume::units, AnnualVolume.Builder::units)
          .opt(
              "netRevenue",
              ValueReader.MONEY,
              AnnualVolume::netRevenue,
              AnnualVolume.Builder::netRevenue);

  private ProfileReader() {}
}
