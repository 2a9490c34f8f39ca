package dev.kamkit.examples.sample;

import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import java.time.LocalDate;

/** Short helpers that keep the sample's European accounts readable. */
final class SampleParts {
  private SampleParts() {}

  /** A stakeholder with id, name and title. */
  static Stakeholder.Builder person(StakeholderId id, String name, String title) {
    return Stakeholder.builder().id(id).name(name).title(title);
  }

  /** {@code member}'s relationship with {@code stakeholder}, last in touch on {@code last}. */
  static Relationship held(
      TeamMemberId member,
      StakeholderId stakeholder,
      RelationshipStrength strength,
      LocalDate since,
      String last) {
    return Relationship.builder()
        .teamMember(member)
        .stakeholder(stakeholder)
        .strength(strength)
        .since(since)
        .lastInteraction(LocalDate.parse(last))
        .build();
  }

  /** {@code product}'s formulary status from {@code from}, as {@code body} decided it. */
  static FormularyEntry listed(
      ProductId product, FormularyStatus status, LocalDate from, DecisionBodyId body) {
    return FormularyEntry.builder()
        .product(product)
        .status(status)
        .effectiveFrom(from)
        .decidedBy(body)
        .build();
  }

  static ClinicalUnit unit(ClinicalUnitId id, String name, String specialty) {
    return ClinicalUnit.builder().id(id).name(name).specialty(specialty).build();
  }

  static WhitespaceCell.Builder cell(
      ProductId product, ClinicalUnitId unit, WhitespaceStatus status) {
    return WhitespaceCell.builder().product(product).clinicalUnit(unit).status(status);
  }

  static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
