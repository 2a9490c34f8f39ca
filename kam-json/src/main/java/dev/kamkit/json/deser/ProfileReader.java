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
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads an account's profile: size, ownership, GPO affiliations, contracts, volumes. */
final class ProfileReader {
  static final List<String> PROFILE_PROPERTIES =
      List.of(
          "beds",
          "facilityCount",
          "ownership",
          "gpoAffiliations",
          "contracts",
          "ehrSystem",
          "fiscalYearStart",
          "annualVolumes");
  static final List<String> GPO = List.of("gpoName", "gpoAccount", "commitment", "since", "until");
  static final List<String> CONTRACT =
      List.of(
          "id",
          "name",
          "kind",
          "status",
          "start",
          "end",
          "products",
          "value",
          "administrativeFeePercent",
          "administrativeFeeAmount");
  static final List<String> VOLUME = List.of("fiscalYear", "product", "units", "netRevenue");

  static final Conv<AccountProfile> PROFILE = Conv.of("a profile object", ProfileReader::profile);

  private static final Conv<Ownership> OWNERSHIP = Scalars.enumOf(Ownership.class);
  private static final Conv<GpoCommitment> COMMITMENT = Scalars.enumOf(GpoCommitment.class);
  private static final Conv<ContractKind> CONTRACT_KIND = Scalars.enumOf(ContractKind.class);
  private static final Conv<ContractStatus> CONTRACT_STATUS = Scalars.enumOf(ContractStatus.class);
  private static final Conv<GpoAffiliation> GPO_OBJECT =
      Conv.of("a GPO affiliation object", ProfileReader::gpo);
  private static final Conv<Contract> CONTRACT_OBJECT =
      Conv.of("a contract object", ProfileReader::contract);
  private static final Conv<AnnualVolume> VOLUME_OBJECT =
      Conv.of("an annual volume object", ProfileReader::volume);

  private ProfileReader() {}

  private static @Nullable AccountProfile profile(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a profile object", PROFILE_PROPERTIES);
    if (in == null) {
      return null;
    }
    AccountProfile.Builder b = AccountProfile.builder();
    in.opt("beds", Scalars.INTEGER, b::beds);
    in.opt("facilityCount", Scalars.INTEGER, b::facilityCount);
    in.opt("ownership", OWNERSHIP, b::ownership);
    in.list("gpoAffiliations", GPO_OBJECT, b::addAllGpoAffiliations);
    in.list("contracts", CONTRACT_OBJECT, b::addAllContracts);
    in.opt("ehrSystem", Scalars.TEXT, b::ehrSystem);
    in.opt("fiscalYearStart", Scalars.MONTH_DAY_VALUE, b::fiscalYearStart);
    in.list("annualVolumes", VOLUME_OBJECT, b::addAllAnnualVolumes);
    return in.build(b::build);
  }

  private static @Nullable GpoAffiliation gpo(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a GPO affiliation object", GPO);
    if (in == null) {
      return null;
    }
    GpoAffiliation.Builder b = GpoAffiliation.builder();
    in.req("gpoName", Scalars.TEXT, b::gpoName);
    in.opt("gpoAccount", AccountReader.ACCOUNT_ID, b::gpoAccount);
    in.req("commitment", COMMITMENT, b::commitment);
    in.opt("since", Scalars.DATE_VALUE, b::since);
    in.opt("until", Scalars.DATE_VALUE, b::until);
    return in.build(b::build);
  }

  private static @Nullable Contract contract(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a contract object", CONTRACT);
    if (in == null) {
      return null;
    }
    Contract.Builder b = Contract.builder();
    in.req("id", Scalars.id(ContractId::of), b::id);
    in.req("name", Scalars.TEXT, b::name);
    in.req("kind", CONTRACT_KIND, b::kind);
    in.req("status", CONTRACT_STATUS, b::status);
    in.req("start", Scalars.DATE_VALUE, b::start);
    in.req("end", Scalars.DATE_VALUE, b::end);
    in.set("products", ProductReader.PRODUCT_ID, b::addAllProducts);
    in.opt("value", ValueReader.MONEY, b::value);
    in.opt("administrativeFeePercent", Scalars.DECIMAL_VALUE, b::administrativeFeePercent);
    in.opt("administrativeFeeAmount", ValueReader.MONEY, b::administrativeFeeAmount);
    return in.build(b::build);
  }

  private static @Nullable AnnualVolume volume(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "an annual volume object", VOLUME);
    if (in == null) {
      return null;
    }
    AnnualVolume.Builder b = AnnualVolume.builder();
    in.req("fiscalYear", Scalars.INTEGER, b::fiscalYear);
    in.opt("product", ProductReader.PRODUCT_ID, b::product);
    in.opt("units", Scalars.DECIMAL_VALUE, b::units);
    in.opt("netRevenue", ValueReader.MONEY, b::netRevenue);
    return in.build(b::build);
  }
}
