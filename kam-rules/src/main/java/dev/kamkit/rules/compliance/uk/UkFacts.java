package dev.kamkit.rules.compliance.uk;

import java.util.List;

/**
 * The custom attribute keys the UK pack reads on a stakeholder. A value of the wrong kind or
 * outside its documented values is a {@code uk.attribute.invalid} finding, never a silent default;
 * so is an unknown key that starts with {@link #PREFIX}.
 */
public final class UkAttributes {
  private UkAttributes() {}

  /** Every key the pack reads starts with this. */
  public static final String PREFIX = "uk.";

  /**
   * Text, a {@link LawfulBasis#code() lawful basis code}: the basis recorded for disclosing the
   * person's transfers. Absent on an HCP whose {@code HcpIdentity.disclosureConsent()} is true
   * means consent, as recorded in the model.
   */
  public static final String LAWFUL_BASIS = "uk.lawfulBasis";

  /**
   * A flag: whether a stakeholder who is not an HCP is an other relevant decision maker. Absent
   * means the pack's reading of the model: an economic or technical buyer, or a member of a
   * decision body.
   */
  public static final String DECISION_MAKER = "uk.decisionMaker";

  /** The keys read on a stakeholder. */
  public static final List<String> STAKEHOLDER_KEYS = List.of(LAWFUL_BASIS, DECISION_MAKER);
}
