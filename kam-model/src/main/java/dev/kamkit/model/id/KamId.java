package dev.kamkit.model.id;

/**
 * A typed identifier: the host's own id of a model object (a CRM record id, an external id),
 * wrapped so that a stakeholder id can never be passed where an account id is expected.
 *
 * <p>Ids are compared by their text, exactly (case matters). Every id is non-blank, at most 255
 * characters, without leading or trailing whitespace or control characters; anything else is
 * rejected with an {@link dev.kamkit.model.base.InvalidModelException} naming the type and the bad
 * value.
 */
public sealed interface KamId
    permits AccountId,
        SiteId,
        ClinicalUnitId,
        ContractId,
        StakeholderId,
        DecisionBodyId,
        TeamMemberId,
        ProductId,
        IndicationId,
        ObjectiveId,
        OpportunityId,
        CommitteeSubmissionId,
        ActionId,
        KpiId,
        NeedId,
        InitiativeId,
        InteractionId,
        TransferOfValueId,
        TargetListId,
        MaterialId,
        ServiceAgreementId {

  /** The id's text, as the host gave it. */
  String value();
}
