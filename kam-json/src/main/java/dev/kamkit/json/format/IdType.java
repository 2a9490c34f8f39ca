package dev.kamkit.json.format;

import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.MaterialId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.ServiceAgreementId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TargetListId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.id.TransferOfValueId;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a typed id names, as written in a results document's subjects: {@code {"type":
 * "stakeholder", "id": "s-1"}}. The type is needed to read the id back into the right {@link KamId}
 * record; its wire name is the format's name for the object, in camelCase.
 */
public enum IdType {
  /** An {@link AccountId}: {@code "account"}. */
  ACCOUNT("account", AccountId.class, AccountId::of),
  /** A {@link SiteId}: {@code "site"}. */
  SITE("site", SiteId.class, SiteId::of),
  /** A {@link ClinicalUnitId}: {@code "clinicalUnit"}. */
  CLINICAL_UNIT("clinicalUnit", ClinicalUnitId.class, ClinicalUnitId::of),
  /** A {@link ContractId}: {@code "contract"}. */
  CONTRACT("contract", ContractId.class, ContractId::of),
  /** A {@link StakeholderId}: {@code "stakeholder"}. */
  STAKEHOLDER("stakeholder", StakeholderId.class, StakeholderId::of),
  /** A {@link DecisionBodyId}: {@code "decisionBody"}. */
  DECISION_BODY("decisionBody", DecisionBodyId.class, DecisionBodyId::of),
  /** A {@link TeamMemberId}: {@code "teamMember"}. */
  TEAM_MEMBER("teamMember", TeamMemberId.class, TeamMemberId::of),
  /** A {@link ProductId}: {@code "product"}. */
  PRODUCT("product", ProductId.class, ProductId::of),
  /** An {@link IndicationId}: {@code "indication"}. */
  INDICATION("indication", IndicationId.class, IndicationId::of),
  /** An {@link ObjectiveId}: {@code "objective"}. */
  OBJECTIVE("objective", ObjectiveId.class, ObjectiveId::of),
  /** An {@link OpportunityId}: {@code "opportunity"}. */
  OPPORTUNITY("opportunity", OpportunityId.class, OpportunityId::of),
  /** A {@link CommitteeSubmissionId}: {@code "committeeSubmission"}. */
  COMMITTEE_SUBMISSION(
      "committeeSubmission", CommitteeSubmissionId.class, CommitteeSubmissionId::of),
  /** An {@link ActionId}: {@code "action"}. */
  ACTION("action", ActionId.class, ActionId::of),
  /** A {@link KpiId}: {@code "kpi"}. */
  KPI("kpi", KpiId.class, KpiId::of),
  /** A {@link NeedId}: {@code "need"}. */
  NEED("need", NeedId.class, NeedId::of),
  /** An {@link InitiativeId}: {@code "initiative"}. */
  INITIATIVE("initiative", InitiativeId.class, InitiativeId::of),
  /** An {@link InteractionId}: {@code "interaction"}. */
  INTERACTION("interaction", InteractionId.class, InteractionId::of),
  /** A {@link TransferOfValueId}: {@code "transferOfValue"}. */
  TRANSFER_OF_VALUE("transferOfValue", TransferOfValueId.class, TransferOfValueId::of),
  /** A {@link TargetListId}: {@code "targetList"}. */
  TARGET_LIST("targetList", TargetListId.class, TargetListId::of),
  /** A {@link MaterialId}: {@code "promotionalMaterial"}. */
  PROMOTIONAL_MATERIAL("promotionalMaterial", MaterialId.class, MaterialId::of),
  /** A {@link ServiceAgreementId}: {@code "serviceAgreement"}. */
  SERVICE_AGREEMENT("serviceAgreement", ServiceAgreementId.class, ServiceAgreementId::of);

  private final String wireName;
  private final Class<? extends KamId> type;
  private final Function<String, KamId> factory;

  IdType(String wireName, Class<? extends KamId> type, Function<String, KamId> factory) {
    this.wireName = wireName;
    this.type = type;
    this.factory = factory;
  }

  /** The id record this type reads into, for example {@code StakeholderId.class}. */
  public Class<? extends KamId> javaType() {
    return type;
  }

  /** The value of a subject's {@code "type"}, for example {@code "stakeholder"}. */
  public String wireName() {
    return wireName;
  }

  /**
   * The id of this type with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public KamId id(String value) {
    return factory.apply(value);
  }

  /** The type of {@code id}. */
  public static IdType of(KamId id) {
    for (IdType t : values()) {
      if (t.type.isInstance(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no id type for " + id.getClass());
  }

  /** The type whose {@link #wireName()} is {@code name}, if there is one; case matters. */
  public static Optional<IdType> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }
}
